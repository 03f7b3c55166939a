import { describe, expect, it } from 'vitest';
import {
	defaultReviewSettings,
	newReview,
	reviewDue,
	type Review
} from '$lib/domain/journey/review';
import { reviewReminder, reviewReminderDay } from '$lib/domain/reminders/review-reminder';
import { calendarText } from '$lib/features/my-data/calendar-text';
import { occurrences, onlyEvent, unfoldedLines, wallClock } from '../formats/ics-reading';

const made = { now: new Date('2027-03-01T08:00:00Z'), uid: 'review@waymark.invalid' };
const title = calendarText.titles.review;
const review = (date: string, extra: Partial<Review> = {}): Review => ({
	...newReview(date),
	...extra
});
const day = (d: Date) => d.toISOString().slice(0, 10);

describe('the next review and its rhythm', () => {
	it('starts on the day reviewDue gives, and repeats every reviewMonths', () => {
		const reviews = [
			review('2027-03-15', { full: true, planChanges: 'Private words about my plan' })
		];
		const due = reviewDue(reviews, defaultReviewSettings, '2027-04-01');
		const first = reviewReminderDay(due, defaultReviewSettings, '2027-04-01');
		expect(first).toBe('2027-06-15');
		const ics = reviewReminder({ title, day: first, settings: defaultReviewSettings }, made);
		expect(unfoldedLines(ics)).toContain('RRULE:FREQ=MONTHLY;INTERVAL=3');
		const event = onlyEvent(ics);
		expect(event.summary).toBe('Looking back and ahead');
		expect(occurrences(event, 4).map(day)).toEqual([
			'2027-06-15',
			'2027-09-15',
			'2027-12-15',
			'2028-03-15'
		]);
		// Nothing of the review itself goes in the file.
		expect(ics).not.toContain('Private');
		expect(event.description).toBeNull();
	});

	it('follows the person’s own interval, and a next date they set', () => {
		const settings = { reviewMonths: 6, fullReviewMonths: 12 } as const;
		const due = reviewDue(
			[review('2027-01-10', { nextDate: '2027-02-20' })],
			settings,
			'2027-02-01'
		);
		const first = reviewReminderDay(due, settings, '2027-02-01');
		expect(first).toBe('2027-02-20');
		const event = onlyEvent(reviewReminder({ title, day: first, settings }, made));
		expect(occurrences(event, 3).map(day)).toEqual(['2027-02-20', '2027-08-20', '2028-02-20']);
	});

	it('starts today when the review is overdue, and an interval from today before any', () => {
		const overdue = reviewDue([review('2026-09-01')], defaultReviewSettings, '2027-03-01');
		expect(overdue.next).toBe('2026-12-01');
		expect(reviewReminderDay(overdue, defaultReviewSettings, '2027-03-01')).toBe('2027-03-01');
		const none = reviewDue([], defaultReviewSettings, '2027-03-01');
		expect(reviewReminderDay(none, defaultReviewSettings, '2027-03-01')).toBe('2027-06-01');
	});

	it('from the 31st falls on each month’s last day', () => {
		const event = onlyEvent(
			reviewReminder({ title, day: '2027-08-31', settings: defaultReviewSettings }, made)
		);
		expect(occurrences(event, 3).map(day)).toEqual(['2027-08-31', '2027-11-30', '2028-02-29']);
	});

	it('can be at a time of day, which stays put across summer time', () => {
		const event = onlyEvent(
			reviewReminder(
				{
					title,
					day: '2027-01-20',
					time: '10:00',
					zone: 'America/New_York',
					settings: defaultReviewSettings
				},
				made
			)
		);
		expect(event.startDate.zone.tzid).toBe('America/New_York');
		const next = occurrences(event, 3);
		expect(next.map((d) => wallClock(d, 'America/New_York'))).toEqual([
			'2027-01-20 10:00',
			'2027-04-20 10:00',
			'2027-07-20 10:00'
		]);
		expect(next.map((d) => d.getUTCHours())).toEqual([15, 14, 14]);
	});
});
