import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { readCsv } from '$lib/domain/formats/csv-read';
import { journalEntrySchema } from '$lib/domain/journal/journal-entry';
import { checkinSchema, defaultScales } from '$lib/domain/journey/checkin';
import { buildImportPlan } from '$lib/domain/imports/import-plan';
import { previewImport } from '$lib/domain/imports/import-preview';
import { readImport } from '$lib/domain/imports/read-import';
import { importNoteWords } from '$lib/features/my-data/import-text';
import { generateDaylioCsv } from '../../../fixtures/imports/daylio-generate.js';
import { sha256Hex } from './fixture-files';

// Ten years of twice-daily Daylio entries, made up from a seed: read and planned whole. The
// time is a sanity check only, with a generous bound; the bench measures it properly.

describe('a ten-year Daylio file', () => {
	it('is the same file from the same seed, and about 7,300 rows', () => {
		const csv = generateDaylioCsv({ seed: 7 });
		expect(generateDaylioCsv({ seed: 7 })).toBe(csv);
		expect(generateDaylioCsv({ seed: 8 })).not.toBe(csv);
		const rows = readCsv(csv).rows.length - 1;
		expect(rows).toBeGreaterThan(7000);
		expect(rows).toBeLessThan(7600);
	});

	it('is read and planned in well under five seconds, every record valid', () => {
		const csv = generateDaylioCsv();
		const bytes = new TextEncoder().encode(csv);
		const started = performance.now();
		const parsed = readImport(readCsv(csv), 'Europe/London');
		const plan = buildImportPlan(
			parsed,
			{ scales: { mood: 'mood' }, moodLevels: { irritable: 2 } },
			{
				fingerprint: sha256Hex(bytes),
				importedAt: '2026-01-01T00:00:00.000Z',
				scaleSettings: defaultScales,
				words: importNoteWords
			}
		);
		const preview = previewImport(plan);
		const elapsed = performance.now() - started;
		expect(elapsed).toBeLessThan(5000);
		expect(preview.checkins).toBe(parsed.days.length);
		expect(preview.first).toBe('2015-01-01');
		expect(preview.years).toHaveLength(10);
		expect(plan.entries.length).toBeGreaterThan(50);
		for (const checkin of plan.checkins)
			expect(v.safeParse(checkinSchema, checkin).success).toBe(true);
		for (const entry of plan.entries)
			expect(v.safeParse(journalEntrySchema, entry.data).success).toBe(true);
		expect(new Set(plan.checkins.map((c) => c.id)).size).toBe(plan.checkins.length);
	});
});
