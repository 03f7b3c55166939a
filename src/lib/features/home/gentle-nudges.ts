import { dayOf } from '$lib/domain/journey/days';
import { reviewDue } from '$lib/domain/journey/review';
import {
	markSaid,
	noNudgesSeen,
	nudgesFor,
	nudgesSeenKind,
	type Nudge
} from '$lib/domain/home/nudges';
import { loadRecentCheckins } from '$lib/features/records/checkin-store';
import { loadReviews } from '$lib/features/records/review-store';
import { vault } from '$lib/vault';

/**
 * What home says gently this time it opens, and noted as said, so the next opening (in any tab
 * or device with this journal) does not say it again. Read and noted in one transaction, so two
 * tabs opening at once say each at most once between them.
 */
export async function takeNudges(now = new Date()): Promise<Nudge[]> {
	const records = vault.records;
	const [checkins, { reviews, settings }] = await Promise.all([
		loadRecentCheckins(now, records),
		loadReviews(records)
	]);
	const today = dayOf(now);
	const last = checkins.at(-1);
	const due = reviewDue(
		reviews.map((r) => r.data),
		settings,
		today
	);
	const facts = {
		today,
		lastCheckinDay: last ? dayOf(new Date(last.at)) : null,
		review: due
	};
	return records.atomically(async () => {
		const saved = await records.single(nudgesSeenKind);
		const nudges = nudgesFor(facts, saved?.data ?? noNudgesSeen);
		if (nudges.length === 0) return [];
		const next = markSaid(saved?.data ?? noNudgesSeen, nudges);
		if (saved) await records.update(nudgesSeenKind, saved.id, next);
		else await records.create(nudgesSeenKind, next);
		return nudges;
	});
}
