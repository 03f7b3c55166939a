import { describe, expect, it } from 'vitest';
import { readClockTime } from '$lib/domain/imports/clock-time';
import { headerKey } from '$lib/domain/imports/header';
import { noteText } from '$lib/domain/imports/note-markup';
import {
	monthNumber,
	readDayInYear,
	readIsoDay,
	readSlashDay,
	readWrittenDay
} from '$lib/domain/imports/written-day';

// The small readers every importer shares: clock times, days as the exports write them,
// column names, and Daylio's note markup.

describe('reading the fields of an export', () => {
	it('reads clock times on 24- and 12-hour clocks, and refuses what is not one', () => {
		const read = (t: string) => readClockTime(t);
		expect(
			[
				'21:35',
				'7:05',
				'08:00:00',
				'8:30 pm',
				'8:30 PM',
				'12:05 am',
				'12:30 pm',
				'8:30 p.m.',
				'9.15',
				'10:15\u202fPM'
			].map(read)
		).toEqual([
			'21:35',
			'07:05',
			'08:00',
			'20:30',
			'20:30',
			'00:05',
			'12:30',
			'20:30',
			'09:15',
			'22:15'
		]);
		for (const bad of ['', '25:00', '13:00 pm', '0:10 am', '12:60', 'evening'])
			expect(read(bad)).toBeNull();
	});

	it('reads days written as ISO, in English, with the year apart, or with slashes', () => {
		expect(readIsoDay('2024-03-10')).toBe('2024-03-10');
		expect(readIsoDay('2024-03-10T09:00')).toBe('2024-03-10');
		expect(readIsoDay('2024-02-30')).toBeNull();
		expect(readIsoDay('2024-02-29')).toBe('2024-02-29');
		expect(readIsoDay('2023-02-29')).toBeNull();
		expect(readWrittenDay('8th Dec 2021')).toBe('2021-12-08');
		expect(readWrittenDay('1st March 2024')).toBe('2024-03-01');
		expect(readWrittenDay('22nd Jan 2022')).toBe('2022-01-22');
		expect(readWrittenDay('31st Feb 2022')).toBeNull();
		expect(readDayInYear('18 May', 2018)).toBe('2018-05-18');
		expect(readDayInYear('December 9', 2017)).toBe('2017-12-09');
		expect(readSlashDay('03/04/2024', 'month-first')).toBe('2024-03-04');
		expect(readSlashDay('03/04/2024', 'day-first')).toBe('2024-04-03');
		expect(monthNumber('Sept')).toBe(9);
		expect(monthNumber('Ma')).toBeNull();
	});

	it('compares column names without case, spaces or punctuation', () => {
		expect(
			['Time of day', 'time_of_day', 'TIME OF DAY', '\ufefftime of day'].map(headerKey)
		).toEqual(['timeofday', 'timeofday', 'timeofday', 'timeofday']);
		expect(headerKey('rating/amount')).toBe('ratingamount');
	});

	it('turns Daylio’s markup into text, and leaves everything else as written', () => {
		expect(noteText('one<br>two<br/>three')).toBe('one\ntwo\nthree');
		expect(noteText('<ul><li>tea</li><li>walk</li></ul>')).toBe('• tea\n• walk');
		expect(noteText('Tom &amp; Jerry &quot;hi&quot; &#x1F600; &bogus;')).toBe(
			'Tom & Jerry "hi" 😀 &bogus;'
		);
		expect(noteText('a < b > c, <3, <script>x</script>')).toBe('a < b > c, <3, <script>x</script>');
		expect(noteText('&#55357;')).toBe('&#55357;');
		expect(noteText('&constructor; &toString;')).toBe('&constructor; &toString;');
	});
});
