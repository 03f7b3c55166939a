import { describe, expect, it } from 'vitest';
import {
	CsvFormatError,
	CsvNotTextError,
	CsvTooLargeError,
	CsvTooManyRowsError
} from '$lib/domain/formats/csv-errors';
import { csvLimits } from '$lib/domain/formats/csv-read';
import {
	ImportEmptyError,
	ImportFormatError,
	ImportScaleMissingError,
	ImportTimeZoneError
} from '$lib/domain/imports/errors';
import { readImportFile } from '$lib/domain/imports/read-import';
import { importErrorText, importMessageFor } from '$lib/features/my-data/import-text';
import { fixtureBytes } from './fixture-files';

// Files that are not an export Waymark can read are refused with an error that says why, in
// words a person can act on, before anything would be written.

function refusal(run: () => unknown): unknown {
	try {
		run();
	} catch (error) {
		return error;
	}
	throw new Error('expected a refusal');
}
const read = (name: string) => refusal(() => readImportFile(fixtureBytes(name), 'Europe/London'));
const text = (csv: string) => new TextEncoder().encode(csv);

describe('files that cannot be imported', () => {
	it('refuses a file cut off inside a quote, naming the line it opened on', () => {
		const error = read('daylio-truncated.csv');
		expect(error).toBeInstanceOf(CsvFormatError);
		expect(error).toMatchObject({ code: 'csv-unclosed-quote', line: 2 });
		expect(importMessageFor(error, '')).toBe(
			'This file looks cut short: a quote opened on line 2 never closes. Export the file again and choose the new copy.'
		);
	});

	it('refuses a CSV from some other program', () => {
		const error = read('wrong-header.csv');
		expect(error).toBeInstanceOf(ImportFormatError);
		expect(importMessageFor(error, '')).toMatch(/^Waymark doesn’t recognise this file/);
	});

	it('refuses an empty file, and one with a header and no rows', () => {
		expect(read('empty.csv')).toBeInstanceOf(ImportEmptyError);
		const headerOnly = refusal(() =>
			readImportFile(text('full_date,date,weekday,time,mood,activities,note_title,note\n'), 'UTC')
		);
		expect(headerOnly).toBeInstanceOf(ImportEmptyError);
	});

	it('refuses a binary file renamed .csv', () => {
		const error = read('binary.csv');
		expect(error).toBeInstanceOf(CsvNotTextError);
		expect(importMessageFor(error, '')).toMatch(/^This isn’t a CSV file/);
	});

	it('refuses a file over the size limit without reading it', () => {
		const huge = new Uint8Array(csvLimits.bytes + 1);
		expect(refusal(() => readImportFile(huge, 'UTC'))).toBeInstanceOf(CsvTooLargeError);
	});

	it('refuses a file with more rows than the limit, before reading its header', () => {
		const rows = text('x\n'.repeat(csvLimits.rows + 1));
		expect(refusal(() => readImportFile(rows, 'UTC'))).toBeInstanceOf(CsvTooManyRowsError);
	});

	it('refuses a time zone the device cannot name', () => {
		const error = refusal(() =>
			readImportFile(fixtureBytes('daylio-sample.csv'), 'Nowhere/Atlantis')
		);
		expect(error).toBeInstanceOf(ImportTimeZoneError);
	});

	it('has words for every error a person can meet, and none for a fault', () => {
		for (const words of Object.values(importErrorText)) {
			const said =
				typeof words === 'string'
					? words
					: (words as (...a: unknown[]) => string)('daylio', '2024-01-01T00:00:00.000Z');
			expect(said.length).toBeGreaterThan(20);
		}
		expect(importMessageFor(new ImportScaleMissingError('x'), '')).toMatch(/removed/);
		const quiet = console.error;
		console.error = () => {};
		try {
			expect(importMessageFor(new Error('a fault'), 'Something went wrong.')).toBe(
				'Something went wrong.'
			);
		} finally {
			console.error = quiet;
		}
	});
});
