import { reviewKind } from '$lib/domain/journey/review';
import { sessionNoteKind } from '$lib/domain/journey/session-note';
import type { TimelineSources } from '$lib/domain/journey/timeline';
import { loadCheckins } from '$lib/features/records/checkin-store';
import { loadGoals } from '$lib/features/records/goal-store';
import { offeredTo, type Offered } from '$lib/features/records/kind-offers';
import { vault } from '$lib/vault';
import type { Reader } from '$lib/vault/repository';

/** How each part of the timeline a kind of record offers (kind-offers.ts) is read. */
const partOf = {
	goals: (records) => loadGoals(records),
	checkins: (records) => loadCheckins(new Date(), undefined, records),
	sessions: (records) => records.list(sessionNoteKind),
	reviews: (records) => records.list(reviewKind)
} satisfies { [P in Offered<'timeline'>]: (records: Reader) => Promise<TimelineSources[P]> };

/** Everything the timeline mixes, read together. */
export async function loadTimelineSources(
	records: Reader = vault.records
): Promise<TimelineSources> {
	const parts = offeredTo('timeline');
	const loaded = await Promise.all(parts.map((part) => partOf[part](records)));
	// Typed as what is offered: a part of the timeline that no kind offers fails to compile.
	const sources = Object.fromEntries(parts.map((part, n) => [part, loaded[n]])) as unknown as Pick<
		TimelineSources,
		Offered<'timeline'>
	>;
	return sources;
}
