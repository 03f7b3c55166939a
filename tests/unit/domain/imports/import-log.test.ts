import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { defaultScales } from '$lib/domain/journey/checkin';
import { ImportAlreadyDoneError } from '$lib/domain/imports/errors';
import { buildImportPlan } from '$lib/domain/imports/import-plan';
import {
	alreadyImported,
	emptyImportLog,
	importLogKind,
	importLogSchema,
	importRecordOf,
	refuseIfImported,
	withImport
} from '$lib/domain/imports/import-log';
import { importMessageFor, importNoteWords } from '$lib/features/my-data/import-text';
import { fixtureBytes, readFixture, sha256Hex } from './fixture-files';

// The log of files imported: the same file a second time is refused, by its SHA-256, with
// words that say which app and when; a different file from the same app is not.

const bytes = fixtureBytes('daylio-sample.csv');
const fingerprint = sha256Hex(bytes);
const plan = buildImportPlan(
	readFixture('daylio-sample.csv'),
	{ scales: { mood: 'mood' } },
	{
		fingerprint,
		importedAt: '2024-06-01T10:00:00.000Z',
		scaleSettings: defaultScales,
		words: importNoteWords
	}
);

describe('the import log', () => {
	it('keeps what a plan wrote, by the file’s fingerprint', () => {
		const record = importRecordOf(plan);
		expect(record).toEqual({
			fingerprint,
			app: 'daylio',
			importedAt: '2024-06-01T10:00:00.000Z',
			checkins: 30,
			entries: 3,
			skipped: 1,
			first: '2024-03-18',
			last: '2024-04-13'
		});
		const log = withImport(emptyImportLog, record);
		expect(v.safeParse(importLogSchema, log).success).toBe(true);
		expect(importLogKind).toMatchObject({ name: 'import-log', single: true });
	});

	it('refuses the same file twice, naming the app and the day', () => {
		const log = withImport(emptyImportLog, importRecordOf(plan));
		expect(alreadyImported(log, fingerprint)?.app).toBe('daylio');
		expect(alreadyImported(log, fingerprint.toUpperCase())).toBeDefined();
		let caught: unknown;
		try {
			refuseIfImported(log, sha256Hex(fixtureBytes('daylio-sample.csv')));
		} catch (error) {
			caught = error;
		}
		expect(caught).toBeInstanceOf(ImportAlreadyDoneError);
		expect(caught).toMatchObject({ code: 'import-already-done', app: 'daylio' });
		expect(importMessageFor(caught, 'fallback')).toBe(
			'I already brought in this Daylio file on 1 June 2024, so nothing was added twice. To bring in newer entries, export a new file from Daylio.'
		);
	});

	it('lets a different file from the same app through', () => {
		const log = withImport(emptyImportLog, importRecordOf(plan));
		const other = sha256Hex(fixtureBytes('emoods-sample.csv'));
		expect(alreadyImported(log, other)).toBeUndefined();
		expect(() => refuseIfImported(log, other)).not.toThrow();
	});

	it('keeps one record per file when the same import is noted again', () => {
		const once = withImport(emptyImportLog, importRecordOf(plan));
		expect(withImport(once, importRecordOf(plan)).imports).toHaveLength(1);
	});

	it('refuses a record whose fingerprint is not a SHA-256', () => {
		const record = { ...importRecordOf(plan), fingerprint: 'abc' };
		expect(v.safeParse(importLogSchema, { imports: [record] }).success).toBe(false);
	});
});
