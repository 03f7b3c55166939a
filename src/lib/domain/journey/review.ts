import * as v from 'valibot';
import { textLimits } from '$lib/domain/text-limits';
import { defineKind, defineSingleKind } from '$lib/domain/record-kind';
import { checkDay } from '$lib/domain/day-checks';
import { addMonths, daySchema, daysBetween, optionalDaySchema } from './days';

// Reviews of the plan (plan-content.md section 6): a review every 3 months and a full review
// every 6, each counted from the last one, with both intervals the person's to change; a review
// can be held at any time. A review records what went well, what changed, the changes agreed to
// the plan and the next date, which, when given, is when the next one is due.

export const reviewLimits = { text: textLimits.text } as const;
const text = v.optional(v.pipe(v.string(), v.maxLength(reviewLimits.text)), '');

export const reviewSchema = v.object({
	date: daySchema,
	full: v.optional(v.boolean(), false),
	wentWell: text,
	needsChanged: text,
	planChanges: text,
	nextDate: v.optional(optionalDaySchema, '')
});

export type Review = v.InferOutput<typeof reviewSchema>;
export const reviewKind = defineKind<Review>('review', reviewSchema);

export const intervalChoices = [1, 2, 3, 4, 6, 9, 12] as const;

export const reviewSettingsSchema = v.object({
	reviewMonths: v.picklist(intervalChoices),
	fullReviewMonths: v.picklist(intervalChoices)
});
export type ReviewSettings = v.InferOutput<typeof reviewSettingsSchema>;
export const reviewSettingsKind = defineSingleKind<ReviewSettings>(
	'review-settings',
	reviewSettingsSchema
);
export const defaultReviewSettings: ReviewSettings = { reviewMonths: 3, fullReviewMonths: 6 };

/** How far ahead a review may be written up, and its next one set: a slip of the year is caught. */
export const reviewDaysAhead = { review: 366, next: 3 * 366 } as const;

/** What is wrong with a review's days: its own day must be real, the next one after it. */
export function reviewDayProblems(review: Pick<Review, 'date' | 'nextDate'>, today: string) {
	const date = checkDay(review.date, { today, daysAhead: reviewDaysAhead.review });
	const next = checkDay(review.nextDate, {
		optional: true,
		today,
		daysAhead: reviewDaysAhead.next,
		notBefore: review.date
	});
	// The next review comes after this one, not on the same day.
	const sameDay = !next && review.nextDate && review.nextDate === review.date;
	return { date, nextDate: sameDay ? ('before-other' as const) : next };
}

export function newReview(date: string, full = false): Review {
	return { date, full, wentWell: '', needsChanged: '', planChanges: '', nextDate: '' };
}

export interface ReviewDue {
	/** The next review's day, or null before any review is recorded. */
	next: string | null;
	/** Whether the next one should be a full review. */
	full: boolean;
	/** Days from today: negative once the day has passed. */
	inDays: number | null;
	/** The last review held, if any. */
	last: Review | null;
}

/** When the next review is due, from the reviews recorded and the person's intervals. */
export function reviewDue(reviews: Review[], settings: ReviewSettings, today: string): ReviewDue {
	if (reviews.length === 0) return { next: null, full: false, inDays: null, last: null };
	const ordered = reviews.toSorted((a, b) => a.date.localeCompare(b.date));
	const last = ordered.at(-1)!;
	const lastFull = ordered.findLast((r) => r.full);
	const next = last.nextDate || addMonths(last.date, settings.reviewMonths);
	// With no full review yet, the first is counted from the first review of any kind.
	const fullFrom = lastFull?.date ?? ordered[0].date;
	const nextFull = addMonths(fullFrom, settings.fullReviewMonths);
	const full = nextFull <= next;
	return { next, full, inDays: daysBetween(today, next), last };
}
