import * as v from 'valibot';
import { defineSingleKind } from '$lib/domain/record-kind';
import { addDays } from '$lib/domain/journey/days';

// A gentle word on home, said once: after a day with no check-in, or in the week before a
// review. Never a streak, never a count of days missed. Which ones have been said is kept in
// the vault, so it is said once per gap or per review, on whichever device opens first.

export type Nudge =
	| { kind: 'missed-checkin'; key: string; lastDay: string }
	| { kind: 'review-soon'; key: string; day: string; inDays: number; full: boolean };

/** Keys of nudges already said; only the newest few are kept, as old ones never come again. */
export const nudgesSeenSchema = v.object({
	seen: v.pipe(v.array(v.pipe(v.string(), v.maxLength(64))), v.maxLength(100))
});
export type NudgesSeen = v.InferOutput<typeof nudgesSeenSchema>;
export const nudgesSeenKind = defineSingleKind<NudgesSeen>('nudges-seen', nudgesSeenSchema);
export const noNudgesSeen: NudgesSeen = { seen: [] };
const keptKeys = 40;

export const reviewSoonDays = 7;

export interface NudgeFacts {
	today: string;
	/** The person's day of their latest check-in, or null if they have never checked in. */
	lastCheckinDay: string | null;
	/** The next review, as reviewDue gives it. */
	review: { next: string | null; inDays: number | null; full: boolean };
}

/** What home may say today, at most one of each kind, leaving out what was said already. */
export function nudgesFor(facts: NudgeFacts, seen: NudgesSeen): Nudge[] {
	const nudges: Nudge[] = [];
	const { today, lastCheckinDay, review } = facts;
	// A missed day is a whole day gone by with none: yesterday, or before. Someone who has never
	// checked in is not told they missed one.
	if (lastCheckinDay && lastCheckinDay < addDays(today, -1))
		nudges.push({
			kind: 'missed-checkin',
			key: `missed:${lastCheckinDay}`,
			lastDay: lastCheckinDay
		});
	if (
		review.next &&
		review.inDays !== null &&
		review.inDays >= 0 &&
		review.inDays <= reviewSoonDays
	)
		nudges.push({
			kind: 'review-soon',
			key: `review:${review.next}`,
			day: review.next,
			inDays: review.inDays,
			full: review.full
		});
	return nudges.filter((n) => !seen.seen.includes(n.key));
}

/** The record after saying these: their keys added, the oldest dropped past a few dozen. */
export function markSaid(seen: NudgesSeen, said: Nudge[]): NudgesSeen {
	const keys = [
		...seen.seen.filter((k) => !said.some((n) => n.key === k)),
		...said.map((n) => n.key)
	];
	return { seen: keys.slice(-keptKeys) };
}
