import { describe, expect, it } from 'vitest';
import { readCsv } from '$lib/domain/formats/csv-read';
import { isBearableHeader } from '$lib/domain/imports/bearable';
import { readImport } from '$lib/domain/imports/read-import';
import { readFixture } from './fixture-files';

// Bearable, from a made-up file (tests/fixtures/imports/bearable-sample.csv) in the shape
// public parsers of its export read: one row per thing logged, gathered here into moments.

const parsed = readFixture('bearable-sample.csv');
const at = (day: string, time: string) =>
	parsed.days.find((d) => d.day === day && d.time === time)!;

describe('reading a Bearable export', () => {
	it('gathers the rows of one moment into one day, skipping a date that is not one', () => {
		expect(parsed.app).toBe('bearable');
		expect(parsed.days.map((d) => `${d.day} ${d.time}`)).toEqual([
			'2024-03-04 09:00',
			'2024-03-04 12:00',
			'2024-03-04 21:00',
			'2024-03-05 15:00',
			'2024-03-05 12:00',
			'2024-03-06 03:00',
			'2024-03-06 09:30',
			'2024-03-07 21:00'
		]);
		expect(parsed.skipped).toEqual([{ line: 20, reason: 'date' }]);
	});

	it('reads a mood out of 10 and energy out of 5, as the file shows its scales', () => {
		expect(at('2024-03-04', '09:00').ratings).toEqual([
			{ key: 'mood', value: 7, min: 0, max: 10, goodness: 4 },
			{ key: 'energy', value: 3, min: 1, max: 5, goodness: 3 }
		]);
		expect(at('2024-03-07', '21:00').ratings[0].goodness).toBe(5);
		expect(at('2024-03-06', '03:00').ratings[0].goodness).toBe(2);
	});

	it('keeps parts of the day as stand-in times and clock times as they are', () => {
		expect(at('2024-03-04', '21:00')).toMatchObject({
			timeKnown: false,
			at: '2024-03-04T21:00:00.000Z'
		});
		expect(at('2024-03-06', '09:30')).toMatchObject({
			timeKnown: true,
			at: '2024-03-06T09:30:00.000Z'
		});
	});

	it('keeps factors, symptoms, medication, sleep and its own categories as words', () => {
		expect(at('2024-03-04', '12:00')).toMatchObject({
			tags: ['Walk', 'Coffee', 'Work'],
			facts: [
				{ kind: 'sleep-hours', hours: 7.5 },
				{ kind: 'medications', text: 'Vitamin D' }
			],
			ratings: [{ key: 'sleep-quality', value: 4, goodness: 4 }]
		});
		expect(at('2024-03-04', '21:00').tags).toEqual(['Headache (Moderate)']);
		expect(at('2024-03-05', '12:00').facts).toEqual([
			{ kind: 'named', name: 'Measurement', value: 'Weight (kg) 70' }
		]);
		expect(at('2024-03-07', '21:00').facts).toEqual([
			{ kind: 'named', name: 'Gratitude', value: 'My sister' }
		]);
	});

	it('writes a note repeated on each row of a moment once', () => {
		expect(at('2024-03-04', '21:00').text).toBe('Tired after work, but okay.');
		expect(at('2024-03-05', '15:00').text).toBe(
			'Lunch with Priya, "we should do this more", she said.'
		);
		expect(at('2024-03-06', '03:00').text).toBe(
			'Woke at 4, mind racing.\nWrote it down, went back to sleep.'
		);
	});

	it('reads the older header, with the date written out only', () => {
		const older = readCsv(
			'date,weekday,time of day,category,rating/amount,detail,notes\n"8th Dec 2021","Wednesday","mid","Mood","4","",""\n'
		);
		expect(readImport(older, 'UTC').days[0]).toMatchObject({
			day: '2021-12-08',
			ratings: [{ key: 'mood', value: 4, min: 1, max: 5, goodness: 4 }]
		});
		expect(
			isBearableHeader([
				'date',
				'weekday',
				'time of day',
				'category',
				'rating/amount',
				'detail',
				'notes'
			])
		).toBe(true);
		expect(isBearableHeader(['date', 'category', 'notes'])).toBe(false);
	});
});
