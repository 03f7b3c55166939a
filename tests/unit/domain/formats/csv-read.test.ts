import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	CsvFormatError,
	CsvNotTextError,
	CsvTooLargeError,
	CsvTooManyRowsError
} from '$lib/domain/formats/csv-errors';
import { decodeCsvBytes, readCsv, type CsvDelimiter } from '$lib/domain/formats/csv-read';

// The strict reader other apps' exports go through: RFC 4180 quoting, line breaks of every
// kind inside quotes, a BOM, the line of any fault, and limits checked before the work.

/** A writer as small as can be: quotes a field only when it must. */
function write(rows: string[][], delimiter: CsvDelimiter = ',', newline = '\r\n'): string {
	const cell = (f: string) =>
		f.includes('"') || f.includes(delimiter) || /[\r\n]/.test(f) || f === ''
			? `"${f.replace(/"/g, '""')}"`
			: f;
	return rows.map((row) => row.map(cell).join(delimiter)).join(newline);
}

const hostile = fc.oneof(
	fc.string({ unit: 'grapheme', maxLength: 12 }),
	fc.constantFrom(
		'',
		'"',
		'""',
		'a,b',
		'a;b',
		'line\r\nbreak',
		'lone\rcr',
		'lf\nonly',
		'"quoted", and more',
		'😀👩🏽‍💻',
		'שלום עולם',
		'مرحبا بالعالم',
		' spaced '
	)
);
const table = fc.array(fc.array(hostile, { minLength: 1, maxLength: 6 }), {
	minLength: 1,
	maxLength: 8
});

describe('reading CSV', () => {
	it('reads back any fields a writer quoted, with every kind of line break', () => {
		fc.assert(
			fc.property(
				table,
				fc.constantFrom<CsvDelimiter>(',', ';', '\t'),
				fc.constantFrom('\r\n', '\n', '\r'),
				fc.boolean(),
				fc.boolean(),
				(rows, delimiter, newline, bom, finalNewline) => {
					const body = write(rows, delimiter, newline);
					// A text that starts with U+FEFF starts with a BOM, whatever the writer meant.
					fc.pre(bom || !body.startsWith('\ufeff'));
					const text = (bom ? '\ufeff' : '') + body + (finalNewline ? newline : '');
					expect(readCsv(text, { delimiter }).rows).toEqual(rows);
				}
			),
			{ numRuns: 400 }
		);
	});

	it('finds the delimiter from the header line, outside quotes', () => {
		expect(readCsv('a;b;c\n1;2;3').delimiter).toBe(';');
		expect(readCsv('"x;y",b\n1,2').delimiter).toBe(',');
		expect(readCsv('a\tb\n1\t2').rows).toEqual([
			['a', 'b'],
			['1', '2']
		]);
	});

	it('gives each record the line it starts on, counting breaks inside quotes', () => {
		const { rows, lines } = readCsv('h1,h2\r\n"a\r\nb\nc",d\r\n\r\ne,f\rg,h');
		expect(rows).toEqual([
			['h1', 'h2'],
			['a\r\nb\nc', 'd'],
			['e', 'f'],
			['g', 'h']
		]);
		expect(lines).toEqual([1, 2, 6, 7]);
	});

	it('keeps empty fields, a final empty field and a file with no final newline', () => {
		expect(readCsv('a,,c,\n"",x,"",').rows).toEqual([
			['a', '', 'c', ''],
			['', 'x', '', '']
		]);
		expect(readCsv('')).toEqual({ rows: [], lines: [], delimiter: ',' });
		expect(readCsv('\ufeff').rows).toEqual([]);
	});

	it('refuses a quote left open, naming the line it opened on', () => {
		const error = catchError(() => readCsv('a,b\n1,"two\nthree\nfour'));
		expect(error).toBeInstanceOf(CsvFormatError);
		expect(error).toMatchObject({ code: 'csv-unclosed-quote', line: 2 });
	});

	it('refuses a quote in the middle of a field, naming its line', () => {
		expect(catchError(() => readCsv('a,b\n"x\ny",ab"c'))).toMatchObject({
			code: 'csv-stray-quote',
			line: 3
		});
		expect(catchError(() => readCsv('a,b\n"closed"then,more'))).toMatchObject({
			code: 'csv-stray-quote',
			line: 2
		});
	});

	it('stops at the row limit rather than reading on', () => {
		const text = 'a\n'.repeat(11);
		expect(readCsv(text, { maxRows: 11 }).rows).toHaveLength(11);
		expect(catchError(() => readCsv(text, { maxRows: 10 }))).toBeInstanceOf(CsvTooManyRowsError);
	});

	it('refuses text longer than the size limit before reading it', () => {
		expect(catchError(() => readCsv('x'.repeat(101), { maxBytes: 100 }))).toBeInstanceOf(
			CsvTooLargeError
		);
	});
});

describe('decoding a file', () => {
	const utf8 = (text: string) => new TextEncoder().encode(text);

	it('reads UTF-8 with or without a BOM, and UTF-16 with one', () => {
		expect(decodeCsvBytes(utf8('\ufeffa,é\n'))).toBe('a,é\n');
		expect(decodeCsvBytes(utf8('a,é\n'))).toBe('a,é\n');
		const le = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x2c, 0x00, 0xe9, 0x00]);
		expect(decodeCsvBytes(le)).toBe('a,é');
	});

	it('refuses bytes that are not text', () => {
		expect(catchError(() => decodeCsvBytes(new Uint8Array([0x61, 0xff, 0x62])))).toBeInstanceOf(
			CsvNotTextError
		);
		expect(catchError(() => decodeCsvBytes(utf8('a,\u0000b')))).toBeInstanceOf(CsvNotTextError);
	});

	it('refuses a file over the size limit before decoding it', () => {
		const error = catchError(() => decodeCsvBytes(new Uint8Array(101), 100));
		expect(error).toBeInstanceOf(CsvTooLargeError);
		expect(error).toMatchObject({ bytes: 101, limit: 100, code: 'csv-too-large' });
	});
});

function catchError(run: () => unknown): unknown {
	try {
		run();
	} catch (error) {
		return error;
	}
	throw new Error('expected an error');
}
