import { addMonths } from '$lib/domain/journey/days';
import type { ReviewDue, ReviewSettings } from '$lib/domain/journey/review';
import { dayEvent, type DayEvent } from './day-event';
import { reminderFile, type Made } from './reminder-file';

// The next review of my plan, repeating in the person's own rhythm (every reviewMonths, 3 by
// default). Only the rhythm is in the calendar: a full review every fullReviewMonths falls on
// one of these days, and the app says which when it comes.

export interface ReviewReminder extends DayEvent {
	/** The first day: reviewReminderDay. */
	day: string;
	settings: Pick<ReviewSettings, 'reviewMonths'>;
}

/**
 * The day the reminders start: the next review's day as reviewDue counts it; today if that has
 * passed, as a review can be held at any time; one interval from today before any review.
 */
export function reviewReminderDay(
	due: Pick<ReviewDue, 'next'>,
	settings: Pick<ReviewSettings, 'reviewMonths'>,
	today: string
): string {
	if (due.next === null) return addMonths(today, settings.reviewMonths);
	return due.next < today ? today : due.next;
}

/** The review reminder's .ics file; its title defaults to calendarText.titles.review. */
export function reviewReminder(input: ReviewReminder, made: Made = {}): string {
	const { settings, ...event } = input;
	return reminderFile(
		{ ...dayEvent(event), repeat: { every: 'month', interval: settings.reviewMonths } },
		made
	);
}
