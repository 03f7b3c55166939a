import { describe, expect, it } from 'vitest';
import type { Checkin } from '$lib/domain/journey/checkin';
import {
	byMonth,
	byWeek,
	weekOf,
	checkinDays,
	dailySeries,
	rangeStart,
	summarise
} from '$lib/domain/journey/checkin-series';

// Local noon, so the day is the same in any time zone the tests run in.
const at = (day: string, hour = 12) => {
	const [y, m, d] = day.split('-').map(Number);
	return new Date(y, m - 1, d, hour).toISOString();
};
let n = 0;
const checkin = (day: string, scores: Record<string, number>, hour = 12): Checkin => ({
	id: `c${++n}`,
	at: at(day, hour),
	updatedAt: at(day, hour),
	scores,
	ticked: [],
	helped: '',
	note: ''
});

describe('check-in charts', () => {
	it('averages several check-ins on one day, scale by scale', () => {
		const series = dailySeries(
			[
				checkin('2026-11-01', { mood: 2, sleep: 4 }, 8),
				checkin('2026-11-01', { mood: 3 }, 20),
				checkin('2026-11-02', { mood: 5 })
			],
			['mood', 'sleep'],
			null
		);
		expect(series).toEqual([
			{
				id: 'mood',
				points: [
					{ day: '2026-11-01', value: 2.5, answers: 2 },
					{ day: '2026-11-02', value: 5, answers: 1 }
				]
			},
			{ id: 'sleep', points: [{ day: '2026-11-01', value: 4, answers: 1 }] }
		]);
	});

	it('shows only the period chosen, and only the scales asked for', () => {
		const checkins = [
			checkin('2026-10-01', { mood: 1 }),
			checkin('2026-11-29', { mood: 4, gone: 2 })
		];
		const [mood] = dailySeries(checkins, ['mood'], '2026-11-24');
		expect(mood.points).toEqual([{ day: '2026-11-29', value: 4, answers: 1 }]);
	});

	it('starts a week, a month and a year back from today, including today', () => {
		expect(rangeStart('week', '2026-11-30')).toBe('2026-11-24');
		expect(rangeStart('month', '2026-11-30')).toBe('2026-10-31');
		expect(rangeStart('month', '2026-03-31')).toBe('2026-03-01');
		expect(rangeStart('year', '2026-11-30')).toBe('2025-12-01');
		expect(rangeStart('all', '2026-11-30')).toBeNull();
	});

	it('says the trend in numbers a sentence can use', () => {
		const points = [
			{ day: '2026-11-01', value: 2 },
			{ day: '2026-11-02', value: 1 },
			{ day: '2026-11-03', value: 4 },
			{ day: '2026-11-04', value: 5 }
		];
		expect(summarise(points)).toEqual({
			days: 4,
			answers: 4,
			average: 3,
			firstHalf: 1.5,
			secondHalf: 4.5,
			lowest: points[1],
			highest: points[3]
		});
		expect(summarise([])).toBeNull();
	});

	it('averages by month for long periods', () => {
		expect(
			byMonth([
				{ day: '2026-10-30', value: 2 },
				{ day: '2026-10-31', value: 3 },
				{ day: '2026-11-01', value: 5 }
			])
		).toEqual([
			{ day: '2026-10', value: 2.5 },
			{ day: '2026-11', value: 5 }
		]);
	});

	it('averages by week, each week named by its Monday, across a month and a year end', () => {
		expect(weekOf('2026-11-30')).toBe('2026-11-30');
		expect(weekOf('2026-12-06')).toBe('2026-11-30');
		expect(weekOf('2027-01-01')).toBe('2026-12-28');
		expect(
			byWeek([
				{ day: '2026-11-29', value: 1 },
				{ day: '2026-11-30', value: 2 },
				{ day: '2026-12-06', value: 4 }
			])
		).toEqual([
			{ day: '2026-11-23', value: 1 },
			{ day: '2026-11-30', value: 3 }
		]);
	});

	it('counts check-ins per calendar day, with the day’s average of one scale', () => {
		const days = checkinDays(
			[
				checkin('2026-11-01', { mood: 2 }, 8),
				checkin('2026-11-01', { sleep: 3 }, 9),
				checkin('2026-11-03', { mood: 4 })
			],
			'mood'
		);
		expect(days.get('2026-11-01')).toEqual({ count: 2, average: 2 });
		expect(days.get('2026-11-03')).toEqual({ count: 1, average: 4 });
		expect(days.has('2026-11-02')).toBe(false);
	});
});
