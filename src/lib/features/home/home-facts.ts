import { dayOf } from '$lib/domain/journey/days';
import { goalKind } from '$lib/domain/journey/goal';
import { reviewDue, reviewKind, type ReviewDue } from '$lib/domain/journey/review';
import { nextSessionDay, sessionNoteKind } from '$lib/domain/journey/session-note';
import { loadRecentCheckins } from '$lib/features/records/checkin-store';
import { loadReviewSettings } from '$lib/features/records/review-store';
import type { Reader } from '$lib/vault/repository';

// What home says is due, read once for both the gentle nudges and Coming up. It reads only what
// it shows: this year's check-ins, not all of them, and the goals without their journeys.

export interface HomeFacts {
	today: string;
	review: ReviewDue;
	nextSession: string | null;
	/** When the latest check-in was made, or null if there is none this year or last. */
	lastCheckinAt: string | null;
	workingGoals: number;
}

export async function loadHomeFacts(records: Reader, now = new Date()): Promise<HomeFacts> {
	const [reviews, settings, sessions, goals, checkins] = await Promise.all([
		records.list(reviewKind),
		loadReviewSettings(records),
		records.list(sessionNoteKind),
		records.list(goalKind),
		loadRecentCheckins(now, records)
	]);
	const today = dayOf(now);
	return {
		today,
		review: reviewDue(
			reviews.map((r) => r.data),
			settings,
			today
		),
		nextSession: nextSessionDay(sessions, today),
		lastCheckinAt: checkins.at(-1)?.at ?? null,
		workingGoals: goals.filter((g) => g.data.status === 'working').length
	};
}
