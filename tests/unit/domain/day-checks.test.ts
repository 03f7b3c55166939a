import { describe, expect, it } from 'vitest';
import { checkDay } from '$lib/domain/day-checks';

const today = '2026-12-01';

describe('checking a day a person typed', () => {
	it('accepts a real day', () => {
		expect(checkDay('2026-11-30')).toBeNull();
		expect(checkDay('2024-02-29')).toBeNull();
	});

	it('needs a day unless the field is optional', () => {
		expect(checkDay('')).toBe('missing');
		expect(checkDay('', { optional: true })).toBeNull();
	});

	it('refuses what is not a calendar day', () => {
		expect(checkDay('2026-02-30')).toBe('not-a-day');
		expect(checkDay('2025-02-29')).toBe('not-a-day');
		expect(checkDay('26-1-1')).toBe('not-a-day');
		expect(checkDay('+020260-01-01')).toBe('not-a-day');
	});

	it('refuses year 0001 and anything before 1900', () => {
		expect(checkDay('0001-01-01')).toBe('too-early');
		expect(checkDay('1899-12-31')).toBe('too-early');
		expect(checkDay('1900-01-01')).toBeNull();
	});

	it('refuses a day too far ahead', () => {
		expect(checkDay('2027-12-01', { today, daysAhead: 366 })).toBeNull();
		expect(checkDay('2027-12-03', { today, daysAhead: 366 })).toBe('too-late');
		expect(checkDay('9999-12-31', { today, daysAhead: 366 })).toBe('too-late');
	});

	it('refuses a day before the one it must follow, but not the same day', () => {
		expect(checkDay('2026-11-01', { notBefore: '2026-11-02' })).toBe('before-other');
		expect(checkDay('2026-11-02', { notBefore: '2026-11-02' })).toBeNull();
		// An empty or broken day to follow says nothing about this one.
		expect(checkDay('2026-11-01', { notBefore: '' })).toBeNull();
		expect(checkDay('2026-11-01', { notBefore: '2026-02-30' })).toBeNull();
	});

	it('refuses a past day where only today on makes sense', () => {
		expect(checkDay('2026-11-30', { today, fromToday: true })).toBe('in-past');
		expect(checkDay(today, { today, fromToday: true })).toBeNull();
	});

	it('refuses a future day where only what has happened makes sense', () => {
		expect(checkDay('2026-12-02', { today, untilToday: true })).toBe('in-future');
		expect(checkDay(today, { today, untilToday: true })).toBeNull();
	});
});
