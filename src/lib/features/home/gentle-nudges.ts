import { dayOf } from '$lib/domain/journey/days';
import {
	markSaid,
	noNudgesSeen,
	nudgesFor,
	nudgesSeenKind,
	type Nudge
} from '$lib/domain/home/nudges';
import { vault } from '$lib/vault';
import type { HomeFacts } from './home-facts';

/**
 * What home says gently this time it opens, and noted as said, so the next opening (in any tab
 * or device with this journal) does not say it again. Read and noted in one transaction, so two
 * tabs opening at once say each at most once between them.
 */
export async function takeNudges(facts: HomeFacts): Promise<Nudge[]> {
	const records = vault.records;
	const nudgeFacts = {
		today: facts.today,
		lastCheckinDay: facts.lastCheckinAt ? dayOf(new Date(facts.lastCheckinAt)) : null,
		review: facts.review
	};
	return records.atomically(async () => {
		const saved = await records.single(nudgesSeenKind);
		const nudges = nudgesFor(nudgeFacts, saved?.data ?? noNudgesSeen);
		if (nudges.length === 0) return [];
		const next = markSaid(saved?.data ?? noNudgesSeen, nudges);
		if (saved) await records.update(nudgesSeenKind, saved.id, next);
		else await records.create(nudgesSeenKind, next);
		return nudges;
	});
}
