// CSV as RFC 4180 writes it, for files a person opens in a spreadsheet: fields separated by
// commas, records ended by CRLF, a field quoted when it holds a quote, a comma, a line break or
// spaces at either end (which spreadsheets would otherwise trim), quotes inside doubled.

/**
 * The byte order mark a CSV file starts with. Excel reads a CSV without it in the machine's
 * legacy code page, so accents, Arabic, Hebrew and emoji come out garbled; Numbers, LibreOffice
 * and Google Sheets read it and drop it. So the exports write it unless asked not to.
 */
export const utf8Bom = '\uFEFF';

export type CsvValue = string | number | null | undefined;

const needsQuotes = /[",\r\n]|^\s|\s$/;
// A spreadsheet runs a cell that starts with one of these as a formula: text a person wrote
// ("=1+1", "@SUM(A1)", "-1+1") must not become one, so such a field gets a leading apostrophe
// (OWASP's advice on CSV injection). Tab and CR lead into the same through some importers.
const formulaStart = /^[=+\-@]/;
const controlStart = /^[\t\r]/;
// A plain number, signed or not, cannot run anything, and keeping it bare lets the spreadsheet
// read -2 or +3.5 as a number to sum and chart.
const plainNumber = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** One field, guarded against formulas and quoted where RFC 4180 needs it. */
export function csvField(value: CsvValue): string {
	if (value === null || value === undefined) return '';
	let field = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
	const start = field.trimStart();
	if (controlStart.test(field) || (formulaStart.test(start) && !plainNumber.test(field.trim())))
		field = `'${field}`;
	return needsQuotes.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

/** One record with its CRLF. A record of one empty field is written `""`, not a blank line,
 * which readers skip. */
export function csvRow(row: readonly CsvValue[]): string {
	if (row.length === 1 && csvField(row[0]) === '') return '""\r\n';
	return `${row.map(csvField).join(',')}\r\n`;
}

/** Every record, each ended by CRLF (RFC 4180 allows the last line break; Excel writes it). */
export function csvRows(rows: readonly (readonly CsvValue[])[]): string {
	return rows.map(csvRow).join('');
}
