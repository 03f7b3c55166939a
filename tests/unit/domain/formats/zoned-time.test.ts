import { describe, expect, it } from 'vitest';
import { isoInZone, isoOffset, zonedTime } from '$lib/domain/formats/zoned-time';

describe('moments in a time zone', () => {
	it('gives London +01:00 in summer and +00:00 in winter', () => {
		expect(isoInZone('2026-07-04T20:15:00.000Z', 'Europe/London')).toBe(
			'2026-07-04T21:15:00+01:00'
		);
		expect(isoInZone('2026-03-04T21:15:00.000Z', 'Europe/London')).toBe(
			'2026-03-04T21:15:00+00:00'
		);
	});

	it('follows the change of the clocks to the minute', () => {
		// British Summer Time began at 01:00 UTC on 29 March 2026.
		expect(isoInZone('2026-03-29T00:59:59Z', 'Europe/London')).toBe('2026-03-29T00:59:59+00:00');
		expect(isoInZone('2026-03-29T01:00:00Z', 'Europe/London')).toBe('2026-03-29T02:00:00+01:00');
		// And ended at 01:00 UTC on 25 October 2026: 01:30 comes twice, told apart by the offset.
		expect(isoInZone('2026-10-25T00:30:00Z', 'Europe/London')).toBe('2026-10-25T01:30:00+01:00');
		expect(isoInZone('2026-10-25T01:30:00Z', 'Europe/London')).toBe('2026-10-25T01:30:00+00:00');
	});

	it('gives Auckland its summer (+13:00) in January and +12:00 in July, a day ahead', () => {
		expect(isoInZone('2026-01-10T12:00:00Z', 'Pacific/Auckland')).toBe('2026-01-11T01:00:00+13:00');
		expect(isoInZone('2026-07-10T12:00:00Z', 'Pacific/Auckland')).toBe('2026-07-11T00:00:00+12:00');
	});

	it('gives St John’s its half hour: -02:30 in summer, -03:30 in winter', () => {
		expect(isoInZone('2026-07-01T12:00:00Z', 'America/St_Johns')).toBe('2026-07-01T09:30:00-02:30');
		expect(isoInZone('2026-01-01T02:00:00Z', 'America/St_Johns')).toBe('2025-12-31T22:30:00-03:30');
	});

	it('writes quarter-hour zones and UTC itself', () => {
		expect(isoInZone('2026-05-01T00:00:00Z', 'Asia/Kathmandu')).toBe('2026-05-01T05:45:00+05:45');
		expect(isoInZone('2026-05-01T00:00:00Z', 'UTC')).toBe('2026-05-01T00:00:00+00:00');
		expect(isoOffset(-150)).toBe('-02:30');
	});

	it('reads the wall clock from a Date, a string or a number alike', () => {
		const ms = Date.UTC(2026, 6, 4, 20, 15, 7);
		const expected = { year: 2026, month: 7, day: 4, hour: 21, minute: 15, second: 7, offset: 60 };
		expect(zonedTime(ms, 'Europe/London')).toEqual(expected);
		expect(zonedTime(new Date(ms), 'Europe/London')).toEqual(expected);
		expect(zonedTime(new Date(ms).toISOString(), 'Europe/London')).toEqual(expected);
	});

	it('refuses a time zone Intl does not know, and a moment that is not one', () => {
		expect(() => isoInZone('2026-01-01T00:00:00Z', 'Mars/Olympus')).toThrow(RangeError);
		expect(() => isoInZone('not a date', 'UTC')).toThrow(RangeError);
	});
});
