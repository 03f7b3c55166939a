import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, csvRow, csvRows, utf8Bom } from '$lib/domain/formats/csv-write';
import { guarded, readCsv } from './strict-csv';

describe('CSV writing', () => {
	it('quotes fields with quotes, commas, line breaks or spaces at an end, doubling quotes', () => {
		expect(csvField('plain')).toBe('plain');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('one\ntwo')).toBe('"one\ntwo"');
		expect(csvField('one\r\ntwo')).toBe('"one\r\ntwo"');
		expect(csvField(' lead')).toBe('" lead"');
		expect(csvField('trail ')).toBe('"trail "');
		expect(csvField('')).toBe('');
		expect(csvField(null)).toBe('');
		expect(csvField(undefined)).toBe('');
	});

	it('puts an apostrophe before anything a spreadsheet would run as a formula', () => {
		expect(csvField('=1+1')).toBe("'=1+1");
		expect(csvField('+A1')).toBe("'+A1");
		expect(csvField('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)");
		expect(csvField('-1+1')).toBe("'-1+1");
		expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
		expect(csvField('\t=1')).toBe("'\t=1");
		expect(csvField('\rx')).toBe(`"'\rx"`);
		expect(csvField(' =1+1')).toBe("' =1+1");
		expect(csvField('- a walk')).toBe("'- a walk");
		expect(csvField('=1,2')).toBe(`"'=1,2"`);
	});

	it('leaves numbers as numbers, signed or with decimals', () => {
		for (const n of ['-2', '3.5', '+3.5', '-0.25', '42', '1e5', '-1.5E-3'])
			expect(csvField(n), n).toBe(n);
		expect(csvField(-2)).toBe('-2');
		expect(csvField(3.5)).toBe('3.5');
		expect(csvField(Number.NaN)).toBe('');
	});

	it('passes right-to-left text and emoji through unchanged', () => {
		for (const words of [
			'مرحبا بالعالم',
			'שלום עולם',
			'👩‍👩‍👧‍👦 family',
			'🏳️‍🌈',
			'👍🏽',
			'עברית, with a comma'
		])
			expect(readCsv(csvRow([words]))).toEqual([[words]]);
		expect(csvField('مرحبا')).toBe('مرحبا');
	});

	it('ends every record with CRLF, and writes a lone empty field as "" rather than a blank line', () => {
		expect(
			csvRows([
				['a', 'b'],
				['c', 'd']
			])
		).toBe('a,b\r\nc,d\r\n');
		expect(csvRow([''])).toBe('""\r\n');
		expect(readCsv(csvRows([[''], ['x']]))).toEqual([[''], ['x']]);
	});

	it('offers the byte order mark Excel needs to read UTF-8', () => {
		expect(new TextEncoder().encode(utf8Bom)).toEqual(Uint8Array.of(0xef, 0xbb, 0xbf));
	});

	it('reads back as the same fields, whatever they hold', () => {
		const field = fc.oneof(
			fc.string({ unit: 'grapheme', maxLength: 12 }),
			fc.string({
				unit: fc.constantFrom('"', ',', '\r', '\n', ' ', '=', '+', '-', '@', '\t', 'a', '1'),
				maxLength: 8
			})
		);
		fc.assert(
			fc.property(
				fc.array(fc.array(field, { minLength: 1, maxLength: 6 }), { maxLength: 8 }),
				(rows) => {
					const read = readCsv(csvRows(rows));
					expect(read.length).toBe(rows.length);
					read.forEach((row, r) =>
						row.forEach((got, f) => {
							const wrote = rows[r][f];
							// The guard's apostrophe is the one change, and only before a formula.
							expect(got).toBe(guarded(wrote));
						})
					);
				}
			)
		);
	});
});
