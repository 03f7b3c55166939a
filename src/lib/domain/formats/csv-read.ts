import {
	CsvFormatError,
	CsvNotTextError,
	CsvTooLargeError,
	CsvTooManyRowsError
} from './csv-errors';

// A strict RFC 4180 reader for files other apps export: quoted fields may hold the delimiter,
// doubled quotes and line breaks (CRLF, LF or a lone CR); a byte order mark is dropped; the
// last line may end with a line break or not. Anything else with a quote in it is refused with
// the line it is on, rather than guessed at: a guess would put one person's words in the wrong
// field. Limits are checked before the work they would otherwise cost.

/** Well above a decade of twice-daily entries with long notes (a 10-year Daylio file is ~2 MB). */
export const csvLimits = { bytes: 20 * 1024 * 1024, rows: 200_000 } as const;

export type CsvDelimiter = ',' | ';' | '\t';

export interface CsvTable {
	/** Every record, the header row first; a blank line is no record. */
	rows: string[][];
	/** The line (counting from 1) each record starts on, for telling the person where. */
	lines: number[];
	delimiter: CsvDelimiter;
}

export interface CsvOptions {
	/** Which delimiter the file uses; by default the one its first line uses most. */
	delimiter?: CsvDelimiter;
	maxRows?: number;
	maxBytes?: number;
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/**
 * The text of a file's bytes: UTF-8 (with or without a BOM), or UTF-16 when a BOM says so.
 * Refused before decoding when too large, and after when it holds bytes no text file has.
 */
export function decodeCsvBytes(bytes: Uint8Array, maxBytes: number = csvLimits.bytes): string {
	if (bytes.byteLength > maxBytes) throw new CsvTooLargeError(bytes.byteLength, maxBytes);
	const encoding =
		bytes[0] === 0xff && bytes[1] === 0xfe
			? 'utf-16le'
			: bytes[0] === 0xfe && bytes[1] === 0xff
				? 'utf-16be'
				: 'utf-8';
	let text: string;
	try {
		// The decoder drops the BOM itself (ignoreBOM is false by default).
		text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
	} catch {
		throw new CsvNotTextError();
	}
	// NUL and the other C0 controls but tab, line feed and carriage return: binary, not text.
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u0008\u000b\u000e-\u001f]/.test(text)) throw new CsvNotTextError();
	return text;
}

/** The records of a CSV text, each a list of fields. */
export function readCsv(text: string, options: CsvOptions = {}): CsvTable {
	const maxRows = options.maxRows ?? csvLimits.rows;
	// Each character is at least one byte, so a text this long is certainly over the limit.
	const maxBytes = options.maxBytes ?? csvLimits.bytes;
	if (text.length > maxBytes) throw new CsvTooLargeError(text.length, maxBytes);

	const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	const delimiter = options.delimiter ?? delimiterOf(text, start);
	const delim = delimiter.charCodeAt(0);
	const n = text.length;
	const rows: string[][] = [];
	const lines: number[] = [];
	let row: string[] = [];
	let quoted = false;
	let rowLine = 1;
	let line = 1;
	let i = start;

	const endRow = () => {
		// A line with nothing on it is no record; a line holding "" is one empty field.
		const blank = row.length === 1 && row[0] === '' && !quoted;
		if (!blank) {
			if (rows.length >= maxRows) throw new CsvTooManyRowsError(maxRows);
			rows.push(row);
			lines.push(rowLine);
		}
		row = [];
	};
	/** Steps over the line break at i (CRLF counts once) and starts the next record. */
	const nextLine = () => {
		i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
		line++;
		rowLine = line;
	};

	if (i >= n) return { rows, lines, delimiter };
	for (;;) {
		if (text.charCodeAt(i) === QUOTE) {
			const openedOn = line;
			let value = '';
			let from = i + 1;
			for (;;) {
				const close = text.indexOf('"', from);
				if (close === -1) throw new CsvFormatError('csv-unclosed-quote', openedOn);
				line += breaksIn(text, from, close);
				if (text.charCodeAt(close + 1) === QUOTE) {
					value += text.slice(from, close + 1);
					from = close + 2;
					continue;
				}
				value += text.slice(from, close);
				i = close + 1;
				break;
			}
			row.push(value);
			quoted = true;
			if (i >= n) {
				endRow();
				break;
			}
			const after = text.charCodeAt(i);
			if (after === delim) i++;
			else if (after === CR || after === LF) {
				endRow();
				nextLine();
				if (i >= n) break;
			} else throw new CsvFormatError('csv-stray-quote', line);
		} else {
			let j = i;
			let c = 0;
			while (j < n) {
				c = text.charCodeAt(j);
				if (c === delim || c === CR || c === LF) break;
				if (c === QUOTE) throw new CsvFormatError('csv-stray-quote', line);
				j++;
			}
			row.push(text.slice(i, j));
			quoted = false;
			i = j;
			if (i >= n) {
				endRow();
				break;
			}
			if (c === delim) i++;
			else {
				endRow();
				nextLine();
				if (i >= n) break;
			}
		}
	}
	return { rows, lines, delimiter };
}

/** Line breaks between two positions: LF, CRLF (once) or a lone CR. */
function breaksIn(text: string, from: number, to: number): number {
	let count = 0;
	for (let k = from; k < to; k++) {
		const c = text.charCodeAt(k);
		if (c === LF) count++;
		else if (c === CR && text.charCodeAt(k + 1) !== LF) count++;
	}
	return count;
}

/** The delimiter the header line uses most, outside quotes; a comma when none is used. */
function delimiterOf(text: string, start: number): CsvDelimiter {
	const counts = { ',': 0, ';': 0, '\t': 0 };
	let quoted = false;
	for (let k = start; k < text.length; k++) {
		const ch = text[k];
		if (ch === '"') quoted = !quoted;
		else if (!quoted && (ch === '\n' || ch === '\r')) break;
		else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
	}
	if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
	if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
	return ',';
}
