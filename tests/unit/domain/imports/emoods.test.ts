import { describe, expect, it } from 'vitest';
import { readCsv } from '$lib/domain/formats/csv-read';
import { isEmoodsHeader } from '$lib/domain/imports/emoods';
import { readImport } from '$lib/domain/imports/read-import';
import { readFixture } from './fixture-files';

// eMoods, from a made-up file (tests/fixtures/imports/emoods-sample.csv). No public sample of
// eMoods' CSV was found, so its header is a guess from the app's help pages: these tests pin
// down the tolerant reading emoods.ts describes, not a verified format.

const parsed = readFixture('emoods-sample.csv');
const on = (day: string) => parsed.days.find((d) => d.day === day)!;

describe('reading an eMoods export', () => {
	it('recognises the file by its rating columns and reads each day with anything in it', () => {
		expect(parsed.app).toBe('emoods');
		expect(parsed.days).toHaveLength(13);
		expect(parsed.skipped).toEqual([{ line: 11, reason: 'empty' }]);
	});

	it('reads slashed dates month first when no day says otherwise, and warns of it', () => {
		expect(parsed.warnings).toEqual(['dates-month-first']);
		expect(parsed.days.map((d) => d.day).sort()[0]).toBe('2024-03-01');
		const dayFirst = readImport(
			readCsv('Date,Depressed,Elevated\n25/03/2024,1,0\n03/04/2024,0,0\n'),
			'UTC'
		);
		expect(dayFirst.days.map((d) => d.day)).toEqual(['2024-03-25', '2024-04-03']);
		expect(dayFirst.warnings).toEqual([]);
	});

	it('turns each 0 to 3 rating into goodness, none being the good end', () => {
		expect(on('2024-03-05').ratings).toEqual([
			{ key: 'depressed', value: 0, min: 0, max: 3, goodness: 5 },
			{ key: 'elevated', value: 2, min: 0, max: 3, goodness: 2 },
			{ key: 'irritability', value: 3, min: 0, max: 3, goodness: 1 },
			{ key: 'anxiety', value: 3, min: 0, max: 3, goodness: 1 }
		]);
		expect(on('2024-03-01').ratings.find((r) => r.key === 'depressed')?.goodness).toBe(4);
	});

	it('reads a file written 1 to 4, and the app’s words for each step', () => {
		const report = readImport(
			readCsv('date,depressed,anxiety\n2024-01-01,1,4\n2024-01-02,2,3\n'),
			'UTC'
		);
		expect(report.days[0].ratings).toEqual([
			{ key: 'depressed', value: 1, min: 1, max: 4, goodness: 5 },
			{ key: 'anxiety', value: 4, min: 1, max: 4, goodness: 1 }
		]);
		const words = readImport(readCsv('date,depressed,anxiety\n2024-01-01,None,Moderate\n'), 'UTC');
		expect(words.days[0].ratings.map((r) => r.goodness)).toEqual([5, 2]);
	});

	it('keeps sleep, medication, ticks, its own columns and the note', () => {
		expect(on('2024-03-05')).toMatchObject({
			facts: [
				{ kind: 'sleep-hours', hours: 4 },
				{ kind: 'medications', text: 'Lithium 400mg' },
				{ kind: 'flag', flag: 'psychotic-symptoms' },
				{ kind: 'named', name: 'Cups of coffee', value: '5' }
			],
			text: 'Hard night 😞'
		});
		expect(on('2024-03-02').facts).toContainEqual({ kind: 'flag', flag: 'therapy' });
		expect(on('2024-03-04').text).toBe("Restless, a lot of ideas.\nCouldn't settle.");
	});

	it('places a once-a-day log at noon, marked as a stand-in time', () => {
		expect(on('2024-03-05')).toMatchObject({
			time: '12:00',
			timeKnown: false,
			at: '2024-03-05T12:00:00.000Z'
		});
		const timed = readImport(
			readCsv('date,depressed,elevated\n2024-06-01 21:30,1,0\n'),
			'Europe/London'
		);
		expect(timed.days[0]).toMatchObject({
			time: '21:30',
			timeKnown: true,
			at: '2024-06-01T20:30:00.000Z'
		});
	});

	it('needs a date and two of the mood ratings to call a file eMoods', () => {
		expect(isEmoodsHeader(['Date', 'Depressed', 'Anxiety'])).toBe(true);
		expect(isEmoodsHeader(['DATE', 'ELEVATED_MOOD', 'IRRITABLE'])).toBe(true);
		expect(isEmoodsHeader(['Date', 'Depressed'])).toBe(false);
		expect(isEmoodsHeader(['Depressed', 'Anxiety', 'Irritability'])).toBe(false);
	});
});
