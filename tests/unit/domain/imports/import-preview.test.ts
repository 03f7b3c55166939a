import { describe, expect, it } from 'vitest';
import { defaultScales } from '$lib/domain/journey/checkin';
import { buildImportPlan } from '$lib/domain/imports/import-plan';
import { previewImport } from '$lib/domain/imports/import-preview';
import { importNoteWords, rowNoteText, skipText } from '$lib/features/my-data/import-text';
import { fixtureBytes, readFixture, sha256Hex } from './fixture-files';

// What the screen shows before writing: counts, rows skipped and why, what was changed on the
// way in, the first and last day, and the first rows as they will be written.

const plan = buildImportPlan(
	readFixture('daylio-sample.csv'),
	{ scales: { mood: 'mood' } },
	{
		fingerprint: sha256Hex(fixtureBytes('daylio-sample.csv')),
		importedAt: '2024-06-01T10:00:00.000Z',
		scaleSettings: defaultScales,
		words: importNoteWords
	}
);
const preview = previewImport(plan, 3);

describe('the import preview', () => {
	it('counts what will be written and the days it covers', () => {
		expect(preview).toMatchObject({
			app: 'daylio',
			checkins: 30,
			entries: 3,
			first: '2024-03-18',
			last: '2024-04-13',
			years: [{ year: 2024, checkins: 30 }],
			warnings: []
		});
	});

	it('says which rows were skipped and why, and what was changed, with their lines', () => {
		expect(preview.skipped).toEqual([{ kind: 'empty', count: 1, lines: [2] }]);
		expect(preview.notes.map((n) => [n.kind, n.count])).toEqual([
			['mood-unplaced', 2],
			['clock-gap', 1]
		]);
		expect(skipText.empty(1)).toBe('1 line with nothing recorded');
		expect(rowNoteText['mood-unplaced'](2)).toMatch(/^2 lines with a mood/);
	});

	it('lists the mood words, most used first, with the place each will get', () => {
		expect(preview.moods.slice(0, 2)).toEqual([
			{ word: 'good', count: 11, level: 4, daylioLevel: 4 },
			{ word: 'meh', count: 7, level: 3, daylioLevel: 3 }
		]);
		expect(preview.moods.find((m) => m.word === 'irritable')?.level).toBeNull();
	});

	it('shows the first rows of the file exactly as they will be written', () => {
		expect(preview.sample.map((r) => r.day)).toEqual(['2024-04-13', '2024-04-12', '2024-04-11']);
		expect(preview.sample[1].checkin).toEqual(
			plan.checkins.find((c) => c.at.startsWith('2024-04-12'))
		);
		expect(preview.sample[1].checkin?.note).toBe(
			'friends · music · cooking\n\nBirthday dinner, "surprise" — they got me 😂'
		);
	});
});
