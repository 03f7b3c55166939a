import { describe, expect, it } from 'vitest';
import { ImportTimeZoneError } from '$lib/domain/imports/errors';
import { isTimeZone, localToInstant, readMoment } from '$lib/domain/imports/local-time';

// Clock times with no zone, read in the person's: daylight saving's gaps and overlaps resolved
// as RFC 5545 and Temporal's "compatible" do, in zones north and south, on half hours too.

describe('a clock time in a time zone', () => {
	it('is read with the offset the zone has that day', () => {
		expect(localToInstant('2024-01-15', '09:00', 'Europe/London')).toEqual({
			at: '2024-01-15T09:00:00.000Z'
		});
		expect(localToInstant('2024-07-15', '09:00', 'Europe/London').at).toBe(
			'2024-07-15T08:00:00.000Z'
		);
		expect(localToInstant('2024-07-15', '09:00', 'Asia/Kolkata').at).toBe(
			'2024-07-15T03:30:00.000Z'
		);
		expect(localToInstant('2024-01-15', '09:00', 'Australia/Sydney').at).toBe(
			'2024-01-14T22:00:00.000Z'
		);
		expect(localToInstant('2024-12-31', '23:59', 'Pacific/Kiritimati').at).toBe(
			'2024-12-31T09:59:00.000Z'
		);
	});

	it('moves a time the clocks skipped forward by the gap', () => {
		// London, 31 March 2024: 01:00 became 02:00, so 01:30 is read as 02:30 summer time.
		expect(localToInstant('2024-03-31', '01:30', 'Europe/London')).toEqual({
			at: '2024-03-31T01:30:00.000Z',
			clockChange: 'gap'
		});
		// New York, 10 March 2024: 02:00 became 03:00.
		expect(localToInstant('2024-03-10', '02:15', 'America/New_York')).toEqual({
			at: '2024-03-10T07:15:00.000Z',
			clockChange: 'gap'
		});
		// Lord Howe Island moves its clocks by half an hour.
		expect(localToInstant('2024-10-06', '02:10', 'Australia/Lord_Howe')).toEqual({
			at: '2024-10-05T15:40:00.000Z',
			clockChange: 'gap'
		});
	});

	it('takes the first of a time that happened twice', () => {
		// London, 27 October 2024: 02:00 summer time became 01:00, so 01:30 came twice.
		expect(localToInstant('2024-10-27', '01:30', 'Europe/London')).toEqual({
			at: '2024-10-27T00:30:00.000Z',
			clockChange: 'overlap'
		});
		// Sydney, 7 April 2024: 03:00 became 02:00.
		expect(localToInstant('2024-04-07', '02:30', 'Australia/Sydney')).toEqual({
			at: '2024-04-06T15:30:00.000Z',
			clockChange: 'overlap'
		});
	});

	it('is exact either side of a change', () => {
		expect(localToInstant('2024-03-31', '00:59', 'Europe/London')).toEqual({
			at: '2024-03-31T00:59:00.000Z'
		});
		expect(localToInstant('2024-03-31', '02:00', 'Europe/London')).toEqual({
			at: '2024-03-31T01:00:00.000Z'
		});
		expect(localToInstant('2024-10-27', '02:00', 'Europe/London')).toEqual({
			at: '2024-10-27T02:00:00.000Z'
		});
	});

	it('stands in noon, or a given time, when the file has no clock time', () => {
		expect(readMoment('2024-05-01', null, 'UTC')).toEqual({
			at: '2024-05-01T12:00:00.000Z',
			time: '12:00',
			timeKnown: false
		});
		expect(readMoment('2024-05-01', null, 'UTC', '09:00').time).toBe('09:00');
		expect(readMoment('2024-05-01', '07:45', 'UTC').timeKnown).toBe(true);
	});

	it('refuses a time zone Intl does not know', () => {
		expect(isTimeZone('Europe/London')).toBe(true);
		expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
		expect(() => localToInstant('2024-01-01', '09:00', 'Mars/Olympus_Mons')).toThrow(
			ImportTimeZoneError
		);
	});
});
