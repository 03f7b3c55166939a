import { describe, expect, it } from 'vitest';
import { readCsv } from '$lib/domain/formats/csv-read';
import { daylioMoodLevel, isDaylioHeader } from '$lib/domain/imports/daylio';
import { readImport } from '$lib/domain/imports/read-import';
import { readFixture } from './fixture-files';

// Daylio's export, from the made-up sample (tests/fixtures/imports/daylio-sample.csv): newest
// first, a BOM, 12- and 24-hour times, Daylio's moods and the person's own, activities, and
// notes with commas, quotes, line breaks, <br>, emoji and right-to-left writing.

const parsed = readFixture('daylio-sample.csv');
const on = (day: string, time: string) => {
	const found = parsed.days.find((d) => d.day === day && d.time === time);
	if (!found) throw new Error(`no day ${day} ${time}`);
	return found;
};

describe('reading a Daylio export', () => {
	it('recognises the file and reads every row but the one with nothing in it', () => {
		expect(parsed.app).toBe('daylio');
		expect(parsed.days).toHaveLength(30);
		expect(parsed.skipped).toEqual([{ line: 2, reason: 'empty' }]);
	});

	it('reads 24-hour and 12-hour times in the person’s time zone', () => {
		expect(on('2024-03-19', '21:15').at).toBe('2024-03-19T21:15:00.000Z');
		expect(on('2024-03-18', '08:05').at).toBe('2024-03-18T08:05:00.000Z');
		expect(on('2024-03-18', '21:40').at).toBe('2024-03-18T21:40:00.000Z');
		expect(on('2024-03-27', '12:15').at).toBe('2024-03-27T12:15:00.000Z');
		// After the clocks went forward, London is an hour ahead of UTC.
		expect(on('2024-03-31', '10:00').at).toBe('2024-03-31T09:00:00.000Z');
		const newYork = readFixture('daylio-sample.csv', 'America/New_York');
		const morning = newYork.days.find((d) => d.day === '2024-03-18' && d.time === '08:05');
		expect(morning?.at).toBe('2024-03-18T12:05:00.000Z');
	});

	it('moves a time the clocks skipped forward by the change, and says so', () => {
		const night = on('2024-03-31', '01:30');
		expect(night.at).toBe('2024-03-31T01:30:00.000Z');
		expect(night.clockChange).toBe('gap');
		expect(on('2024-03-31', '10:00').clockChange).toBeUndefined();
	});

	it('places Daylio’s own moods and leaves the person’s own unplaced', () => {
		expect(on('2024-03-19', '21:15').mood).toEqual({ word: 'rad', level: 5 });
		expect(on('2024-03-21', '20:00').mood).toEqual({ word: 'awful', level: 1 });
		expect(on('2024-03-20', '22:10').mood).toEqual({ word: 'irritable', level: null });
		expect(['rad', 'good', 'meh', 'bad', 'awful'].map(daylioMoodLevel)).toEqual([5, 4, 3, 2, 1]);
		expect(daylioMoodLevel(' Good ')).toBe(4);
	});

	it('splits activities and keeps notes whole: commas, quotes, line breaks, emoji, RTL', () => {
		expect(on('2024-03-23', '11:20').tags).toEqual(['family', 'walk', 'nature']);
		expect(on('2024-03-19', '21:15').text).toBe(
			'Made dinner for Sam & Jo, "best curry yet" they said 🍛'
		);
		expect(on('2024-03-21', '20:00')).toMatchObject({
			title: 'A hard one',
			text: "Didn't want to get up.\nStayed in bed until noon.\nCalled the line in the evening, it helped a bit."
		});
		expect(on('2024-03-28', '20:20').text).toBe(
			'שלום עליכם — a neighbour taught me this greeting.'
		);
		expect(on('2024-03-29', '21:40').text).toMatch(/^مرحبا، كيف حالك؟/);
	});

	it('turns Daylio’s markup into plain text, leaving what only looks like a tag', () => {
		expect(on('2024-03-23', '11:20').text).toBe('Walked by the river with Mum.\nSaw herons!');
		const table = readCsv(
			'full_date,date,weekday,time,mood,activities,note_title,note\n' +
				'2024-01-02,x,x,10:00,good,"","<b>Bold</b> &amp; brave","I &lt;3 tea <3 &#128512;<br/>next"\n'
		);
		const [day] = readImport(table, 'UTC').days;
		expect(day.title).toBe('Bold & brave');
		expect(day.text).toBe('I <3 tea <3 😀\nnext');
	});

	it('reads the older headers: without a title, with scales, and with the year apart', () => {
		const withScales = readCsv(
			'full_date,date,weekday,time,mood,activities,scales,note_title,note\n' +
				'2024-01-02,x,x,7:05 PM,meh,"work","Energy:\u00a03 | Stress:\u00a04","",""\n'
		);
		expect(readImport(withScales, 'UTC').days[0]).toMatchObject({
			time: '19:05',
			facts: [
				{ kind: 'named', name: 'Energy', value: '3' },
				{ kind: 'named', name: 'Stress', value: '4' }
			]
		});
		const oldest = readCsv(
			'year,date,weekday,time,mood,activities,note\n2018,18 May,Friday,11:54 pm,rad,"clean | cook","Went to a party"\n'
		);
		expect(readImport(oldest, 'UTC').days[0]).toMatchObject({
			day: '2018-05-18',
			time: '23:54',
			tags: ['clean', 'cook'],
			text: 'Went to a party'
		});
		expect(
			isDaylioHeader(['full_date', 'date', 'weekday', 'time', 'mood', 'activities', 'note'])
		).toBe(true);
	});

	it('finds its columns by name, in any order, ignoring columns it does not know', () => {
		const moved = readCsv(
			'note,Mood,Extra,Time,Activities,Full Date\n"Moved around",good,whatever,09:00,"walk",2024-02-01\n'
		);
		expect(readImport(moved, 'UTC').days[0]).toMatchObject({
			day: '2024-02-01',
			at: '2024-02-01T09:00:00.000Z',
			mood: { word: 'good', level: 4 },
			tags: ['walk'],
			text: 'Moved around'
		});
	});

	it('skips rows it cannot date, rows before 2000, and rows split by a stray comma', () => {
		const table = readCsv(
			'full_date,date,weekday,time,mood,activities,note_title,note\n' +
				'2024-02-30,x,x,10:00,good,"","",""\n' +
				'1999-12-31,x,x,10:00,good,"","",""\n' +
				'2024-02-01,x,x,10:00,good,"","","",extra\n' +
				'2024-02-02,x,x,late,good,"","",""\n'
		);
		const read = readImport(table, 'UTC');
		expect(read.skipped).toEqual([
			{ line: 2, reason: 'date' },
			{ line: 3, reason: 'too-early' },
			{ line: 4, reason: 'columns' }
		]);
		// A time it cannot read stands in at noon, marked, rather than losing the row.
		expect(read.days[0]).toMatchObject({ time: '12:00', timeKnown: false });
	});
});
