import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { readCsv } from '$lib/domain/formats/csv-read';
import { journalEntrySchema } from '$lib/domain/journal/journal-entry';
import { checkinSchema, defaultScales, type ScaleSettings } from '$lib/domain/journey/checkin';
import { entryId } from '$lib/domain/journey/gathered';
import { ImportScaleMissingError, ImportScaleTwiceError } from '$lib/domain/imports/errors';
import { suggestedChoices, type ImportChoices } from '$lib/domain/imports/import-choices';
import { buildImportPlan, longNote, type ImportPlan } from '$lib/domain/imports/import-plan';
import type { ParsedImport } from '$lib/domain/imports/imported-day';
import { readImport } from '$lib/domain/imports/read-import';
import { importNoteWords } from '$lib/features/my-data/import-text';
import { fixtureBytes, readFixture, sha256Hex } from './fixture-files';

// From days read to exactly what would be written: scores on the person's chosen scales,
// turned by each scale's good end, activities kept as words, long writing as journal entries,
// ids made from the file, and every object passing its schema.

const settings: ScaleSettings = {
	scales: [
		...defaultScales.scales,
		{ id: 'calm', name: 'Anxious', hidden: false, goodEnd: 1, lowWords: '', highWords: '' }
	]
};
const fingerprint = sha256Hex(fixtureBytes('daylio-sample.csv'));
const importedAt = '2024-06-01T10:00:00.000Z';
const context = { fingerprint, importedAt, scaleSettings: settings, words: importNoteWords };
const daylio = readFixture('daylio-sample.csv');

function plan(parsed: ParsedImport, choices: ImportChoices, over: Partial<typeof context> = {}) {
	return buildImportPlan(parsed, choices, { ...context, ...over });
}
function rowAt(p: ImportPlan, day: string, time: string) {
	const row = p.rows.find((r) => r.day === day && r.time === time);
	if (!row) throw new Error(`no row ${day} ${time}`);
	return row;
}
function daylioRow(csvRow: string) {
	return readImport(
		readCsv(`full_date,date,weekday,time,mood,activities,note_title,note\n${csvRow}\n`),
		'UTC'
	);
}
function expectAllValid(p: ImportPlan) {
	for (const checkin of p.checkins) {
		expect(v.safeParse(checkinSchema, checkin).success).toBe(true);
		expect(v.safeParse(entryId, checkin.id).success).toBe(true);
	}
	for (const entry of p.entries)
		expect(v.safeParse(journalEntrySchema, entry.data).success).toBe(true);
}

describe('the import plan', () => {
	it('puts Daylio’s mood on the chosen scale, 5 for rad and 1 for awful', () => {
		const p = plan(daylio, { scales: { mood: 'mood' } });
		expect(rowAt(p, '2024-03-19', '21:15').checkin?.scores).toEqual({ mood: 5 });
		expect(rowAt(p, '2024-03-21', '20:00').checkin?.scores).toEqual({ mood: 1 });
		expect(rowAt(p, '2024-03-22', '19:45').checkin?.scores).toEqual({ mood: 3 });
		expectAllValid(p);
	});

	it('turns the mood round for a scale whose good end is 1', () => {
		const p = plan(daylio, { scales: { mood: 'calm' } });
		expect(rowAt(p, '2024-03-19', '21:15').checkin?.scores).toEqual({ calm: 1 });
		expect(rowAt(p, '2024-03-21', '20:00').checkin?.scores).toEqual({ calm: 5 });
	});

	it('keeps a mood of the person’s own as a word until they place it, then keeps it too', () => {
		const unplaced = plan(daylio, { scales: { mood: 'mood' } });
		const row = rowAt(unplaced, '2024-03-20', '22:10');
		expect(row.checkin?.scores).toEqual({});
		expect(row.checkin?.note.split('\n')[0]).toBe('irritable · work · stressed');
		expect(unplaced.notes).toContainEqual({ line: row.line, kind: 'mood-unplaced' });
		expect(unplaced.moods.find((m) => m.word === 'irritable')).toEqual({
			word: 'irritable',
			count: 2,
			level: null,
			daylioLevel: null
		});
		const placed = plan(daylio, { scales: { mood: 'mood' }, moodLevels: { irritable: 2 } });
		const again = rowAt(placed, '2024-03-20', '22:10');
		expect(again.checkin?.scores).toEqual({ mood: 2 });
		expect(again.checkin?.note.split('\n')[0]).toBe('irritable · work · stressed');
	});

	it('takes a mood word for a word, whatever it is called', () => {
		const parsed = daylioRow('2024-02-01,x,x,10:00,constructor,"","",""');
		expect(parsed.days[0].mood).toEqual({ word: 'constructor', level: null });
		const p = plan(parsed, { scales: { mood: 'mood' }, moodLevels: {} });
		expect(p.checkins[0]).toMatchObject({ scores: {}, note: 'constructor' });
	});

	it('leaves Daylio’s own mood names out of the note once scored, in it when not', () => {
		const scored = plan(daylio, { scales: { mood: 'mood' } });
		expect(rowAt(scored, '2024-03-23', '11:20').checkin?.note).toBe(
			'family · walk · nature\n\nWalked by the river with Mum.\nSaw herons!'
		);
		const asWords = plan(daylio, { scales: {} });
		const row = rowAt(asWords, '2024-03-23', '11:20').checkin;
		expect(row?.scores).toEqual({});
		expect(row?.note.split('\n')[0]).toBe('good · family · walk · nature');
	});

	it('never writes activities as what helped', () => {
		const p = plan(daylio, { scales: { mood: 'mood' } });
		expect(p.checkins.every((c) => c.helped === '' && c.ticked.length === 0)).toBe(true);
		expect(rowAt(p, '2024-03-25', '21:00').checkin?.note).toBe('work · stressed · bad sleep');
	});

	it('makes a journal entry of a note with a title or longer than a check-in note', () => {
		const p = plan(daylio, { scales: { mood: 'mood' } });
		const titled = rowAt(p, '2024-03-21', '20:00');
		expect(titled.checkin?.note).toBe('');
		expect(titled.entries).toHaveLength(1);
		expect(titled.entries[0]).toMatchObject({
			createdAt: '2024-03-21T20:00:00.000Z',
			updatedAt: importedAt,
			data: { title: 'A hard one', mood: 'awful', links: [], pinned: false }
		});
		expect(titled.entries[0].data.text).toMatch(/^Didn't want to get up\./);
		const long = rowAt(p, '2024-04-10', '22:40');
		expect(long.entries[0].data.text.length).toBeGreaterThan(longNote);
		expect(long.entries[0].data.title).toBe('');
		expect(long.checkin?.note).toBe('reading');
		expect(p.entries).toHaveLength(3);
	});

	it('splits writing over an entry’s limit into parts that join back to all of it', () => {
		const huge = `${'Paragraph of my own words. '.repeat(2000)}\n`.repeat(3);
		const parsed = daylioRow(`2024-02-01,x,x,10:00,good,"","","${huge}"`);
		const p = plan(parsed, { scales: { mood: 'mood' } });
		const { entries } = p.rows[0];
		expect(entries.length).toBe(2);
		expect(entries.map((e) => e.data.text).join('')).toBe(huge.trim());
		expect(entries.map((e) => e.data.title)).toEqual(['(1 of 2)', '(2 of 2)']);
		expect(entries[1].createdAt > entries[0].createdAt).toBe(true);
		expect(p.notes).toContainEqual({ line: 2, kind: 'note-split' });
		expectAllValid(p);
	});

	it('shortens a title too long for an entry and writes it in full in the text', () => {
		const title = 'A very long title '.repeat(20).trim();
		const p = plan(daylioRow(`2024-02-01,x,x,10:00,good,"","${title}","Body."`), { scales: {} });
		const [entry] = p.entries;
		expect(entry.data.title.length).toBeLessThanOrEqual(200);
		expect(entry.data.title.endsWith('…')).toBe(true);
		expect(entry.data.text).toBe(`${title}\n\nBody.`);
		expect(p.notes).toContainEqual({ line: 2, kind: 'title-shortened' });
	});

	it('makes the same ids from the same file, and different ids from another', () => {
		const first = plan(daylio, { scales: { mood: 'mood' } });
		const again = plan(readFixture('daylio-sample.csv'), { scales: { mood: 'mood' } });
		expect(again.checkins.map((c) => c.id)).toEqual(first.checkins.map((c) => c.id));
		expect(again.entries.map((e) => e.id)).toEqual(first.entries.map((e) => e.id));
		const ids = [...first.checkins.map((c) => c.id), ...first.entries.map((e) => e.id)];
		expect(new Set(ids).size).toBe(ids.length);
		expect(first.checkins[0].id).toMatch(/^imp-[0-9a-f]{20}-\d+$/);
		const other = plan(daylio, { scales: {} }, { fingerprint: 'f'.repeat(64) });
		expect(other.checkins.some((c) => first.checkins.some((f) => f.id === c.id))).toBe(false);
	});

	it('writes rows oldest first, each at its moment, updated at the import', () => {
		const p = plan(daylio, { scales: { mood: 'mood' } });
		const times = p.checkins.map((c) => c.at);
		expect(times).toEqual([...times].sort());
		expect(p.checkins.every((c) => c.updatedAt === importedAt)).toBe(true);
		expect(p.checkins).toHaveLength(30);
	});

	it('skips rows dated after the import, with a day’s grace for time zones', () => {
		const p = plan(
			daylio,
			{ scales: { mood: 'mood' } },
			{ importedAt: '2024-04-05T12:00:00.000Z' }
		);
		expect(p.skipped.filter((s) => s.reason === 'future').length).toBe(7);
		expect(p.rows.at(-1)?.day).toBe('2024-04-06');
	});

	it('sends each eMoods rating to its own scale, or keeps it as words', () => {
		const emoods = readFixture('emoods-sample.csv');
		const p = plan(
			emoods,
			{ scales: { depressed: 'mood', anxiety: 'calm' } },
			{
				fingerprint: sha256Hex(fixtureBytes('emoods-sample.csv'))
			}
		);
		const row = p.rows.find((r) => r.day === '2024-03-05')!;
		// Depressed none: mood 5; anxiety severe: 1 on a 5-good scale, so 5 on "Anxious" (1 good).
		expect(row.checkin?.scores).toEqual({ mood: 5, calm: 5 });
		expect(row.checkin?.note).toBe(
			[
				'Elevated: 2 (0 to 3)',
				'Irritable: 3 (0 to 3)',
				'Slept 4 hours',
				'Medication: Lithium 400mg',
				'Psychotic symptoms',
				'Cups of coffee: 5',
				'',
				'Hard night 😞'
			].join('\n')
		);
		expectAllValid(p);
	});

	it('puts Bearable’s mood, energy and sleep quality where chosen', () => {
		const bearable = readFixture('bearable-sample.csv');
		const p = plan(bearable, { scales: { mood: 'mood', 'sleep-quality': 'sleep' } });
		expect(p.rows.find((r) => r.time === '09:00')?.checkin).toMatchObject({
			scores: { mood: 4 },
			note: 'Energy: 3 (1 to 5)'
		});
		expect(p.rows.find((r) => r.day === '2024-03-04' && r.time === '12:00')?.checkin).toMatchObject(
			{
				scores: { sleep: 4 },
				note: 'Walk · Coffee · Work\nSlept 7.5 hours\nMedication: Vitamin D'
			}
		);
		expectAllValid(p);
	});

	it('refuses a scale the person does not have, or one scale chosen twice', () => {
		expect(() => plan(daylio, { scales: { mood: 'gone' } })).toThrow(ImportScaleMissingError);
		const emoods = readFixture('emoods-sample.csv');
		expect(() => plan(emoods, { scales: { depressed: 'mood', elevated: 'mood' } })).toThrow(
			ImportScaleTwiceError
		);
	});

	it('suggests mood to the mood scale and sleep quality to sleep, when shown', () => {
		expect(suggestedChoices(daylio, settings).scales).toEqual({ mood: 'mood' });
		expect(suggestedChoices(readFixture('bearable-sample.csv'), settings).scales).toEqual({
			mood: 'mood',
			'sleep-quality': 'sleep'
		});
		const hidden = { scales: settings.scales.map((s) => ({ ...s, hidden: s.id === 'mood' })) };
		expect(suggestedChoices(daylio, hidden).scales).toEqual({});
	});
});
