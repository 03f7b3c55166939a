import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { readCsv } from '$lib/domain/formats/csv-read';
import { journalEntrySchema } from '$lib/domain/journal/journal-entry';
import { checkinSchema, defaultScales } from '$lib/domain/journey/checkin';
import { buildImportPlan } from '$lib/domain/imports/import-plan';
import { readImport } from '$lib/domain/imports/read-import';
import { importNoteWords } from '$lib/features/my-data/import-text';

// Whatever a Daylio file holds, the plan writes only records that pass their schemas, and
// every word of every note reaches a check-in or a journal entry.

const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;
const words = fc.oneof(
	fc.string({ unit: 'grapheme', maxLength: 40 }),
	fc.constantFrom('a, b', '"quoted"', 'line\nbreak', '😀👩🏽‍💻', 'שלום', 'مرحبا', ' | ')
);
const entry = fc.record({
	day: fc.integer({ min: 0, max: 3000 }),
	minutes: fc.integer({ min: 0, max: 24 * 60 - 1 }),
	mood: fc.constantFrom('rad', 'good', 'meh', 'bad', 'awful', 'irritable', 'x'.repeat(70)),
	tags: fc.array(fc.constantFrom('walk', 'work', 'bad sleep', 'movies / tv'), { maxLength: 4 }),
	title: fc.oneof(fc.constant(''), words, fc.string({ minLength: 190, maxLength: 260 })),
	note: fc.oneof(words, fc.string({ minLength: 400, maxLength: 1200 }))
});

/** Letters and digits only: what must survive, whatever whitespace or markup did. */
const essence = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '');

describe('any Daylio file', () => {
	it('plans only valid records, losing no writing', () => {
		fc.assert(
			fc.property(fc.array(entry, { minLength: 1, maxLength: 12 }), (entries) => {
				const lines = entries.map((e) => {
					const day = new Date(Date.UTC(2016, 0, 1) + e.day * 86_400_000)
						.toISOString()
						.slice(0, 10);
					const time = `${String(Math.floor(e.minutes / 60)).padStart(2, '0')}:${String(e.minutes % 60).padStart(2, '0')}`;
					return [
						day,
						'x',
						'x',
						time,
						e.mood,
						quoted(e.tags.join(' | ')),
						quoted(e.title),
						quoted(e.note)
					].join(',');
				});
				const csv = `full_date,date,weekday,time,mood,activities,note_title,note\n${lines.join('\n')}`;
				const parsed = readImport(readCsv(csv), 'Europe/London');
				const plan = buildImportPlan(
					parsed,
					{ scales: { mood: 'mood' } },
					{
						fingerprint: '0'.repeat(64),
						importedAt: '2030-01-01T00:00:00.000Z',
						scaleSettings: defaultScales,
						words: importNoteWords
					}
				);
				for (const checkin of plan.checkins)
					expect(v.safeParse(checkinSchema, checkin).success).toBe(true);
				for (const e of plan.entries)
					expect(v.safeParse(journalEntrySchema, e.data).success).toBe(true);
				const written = essence(
					[
						...plan.checkins.map((c) => c.note),
						...plan.entries.map((e) => `${e.data.title}${e.data.text}`)
					].join('')
				);
				for (const day of parsed.days) {
					expect(written).toContain(essence(day.text));
					expect(written).toContain(essence(day.title));
				}
			}),
			{ numRuns: 150 }
		);
	});
});
