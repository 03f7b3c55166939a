import { reviewKind } from '$lib/domain/journey/review';
import { sessionNoteKind } from '$lib/domain/journey/session-note';
import type { TimelineSources } from '$lib/domain/journey/timeline';
import { loadCheckins } from '$lib/features/records/checkin-store';
import { loadGoals } from '$lib/features/records/goal-store';
import { vault } from '$lib/vault';

/** Everything the timeline mixes, read together. */
export async function loadTimelineSources(): Promise<TimelineSources> {
	const [goals, checkins, sessions, reviews] = await Promise.all([
		loadGoals(),
		loadCheckins(),
		vault.records.list(sessionNoteKind),
		vault.records.list(reviewKind)
	]);
	return { goals, checkins, sessions, reviews };
}
