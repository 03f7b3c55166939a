import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { addMonths, daysBetween } from '$lib/domain/journey/days';
import {
	defaultReviewSettings,
	newReview,
	reviewDayProblems,
	reviewDue,
	reviewSchema,
	type Review
} from '$lib/domain/journey/review';

const review = (date: string, extra: Partial<Review> = {}): Review => ({
	...newReview(date),
	...extra
});

describe('review due dates', () => {
	it('has nothing due before any review is recorded', () => {
		expect(reviewDue([], defaultReviewSettings, '2026-11-30')).toEqual({
			next: null,
			full: false,
			inDays: null,
			last: null
		});
	});

	it('is due three months after the last review, counted in days from today', () => {
		const due = reviewDue(
			[review('2026-09-15', { full: true })],
			defaultReviewSettings,
			'2026-11-30'
		);
		expect(due.next).toBe('2026-12-15');
		expect(due.inDays).toBe(15);
		expect(due.full).toBe(false);
	});

	it('asks for a full review six months after the last full one', () => {
		const reviews = [review('2026-01-10', { full: true }), review('2026-04-10')];
		const due = reviewDue(reviews, defaultReviewSettings, '2026-05-01');
		expect(due.next).toBe('2026-07-10');
		expect(due.full).toBe(true);
	});

	it('counts the first full review from the first review when none was full', () => {
		const due = reviewDue(
			[review('2026-03-01'), review('2026-06-01')],
			defaultReviewSettings,
			'2026-06-02'
		);
		expect(due.next).toBe('2026-09-01');
		expect(due.full).toBe(true);
	});

	it('uses the next date the last review agreed, when it gave one', () => {
		const due = reviewDue(
			[review('2026-09-15', { full: true, nextDate: '2026-10-20' })],
			defaultReviewSettings,
			'2026-11-30'
		);
		expect(due.next).toBe('2026-10-20');
		expect(due.inDays).toBe(-41);
	});

	it('follows the intervals the person chose', () => {
		const due = reviewDue(
			[review('2026-01-31', { full: true })],
			{ reviewMonths: 1, fullReviewMonths: 12 },
			'2026-02-01'
		);
		expect(due.next).toBe('2026-02-28');
		expect(due.full).toBe(false);
	});

	it('takes the latest review whatever order they were written in', () => {
		const due = reviewDue(
			[review('2026-06-01'), review('2025-01-01', { full: true })],
			defaultReviewSettings,
			'2026-06-01'
		);
		expect(due.last?.date).toBe('2026-06-01');
		expect(due.next).toBe('2026-09-01');
		expect(due.full).toBe(true);
	});

	it('refuses days that do not exist', () => {
		expect(v.safeParse(reviewSchema, review('2026-02-30')).success).toBe(false);
		expect(
			v.safeParse(reviewSchema, review('2026-02-28', { nextDate: '2026-13-01' })).success
		).toBe(false);
	});
});

describe('calendar arithmetic', () => {
	it('adds months the way a calendar does, keeping to the month’s last day', () => {
		expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
		expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
		expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
		expect(addMonths('2026-05-15', 12)).toBe('2027-05-15');
	});

	it('counts whole days across a change of clocks', () => {
		expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
		expect(daysBetween('2026-10-30', '2026-10-20')).toBe(-10);
	});
});

describe('the days of a review', () => {
	const today = '2026-12-01';
	const days = (date: string, nextDate: string) => reviewDayProblems({ date, nextDate }, today);

	it('needs a real day, not year 0001 nor years ahead', () => {
		expect(days('2026-11-30', '2027-02-28')).toEqual({ date: null, nextDate: null });
		expect(days('', '').date).toBe('missing');
		expect(days('0001-11-30', '').date).toBe('too-early');
		expect(days('2029-01-01', '').date).toBe('too-late');
	});

	it('puts the next review after this one, never on the same day or before', () => {
		expect(days('2026-11-30', '2026-11-30').nextDate).toBe('before-other');
		expect(days('2026-11-30', '2026-10-01').nextDate).toBe('before-other');
		expect(days('2026-11-30', '2035-01-01').nextDate).toBe('too-late');
	});
});
