// What can be wrong with a CSV file a person hands over. Each is a class of its own with a code
// that names its words (features/my-data/import-text.ts); none quotes the file's contents, which
// are a person's journal.

/** The CSV problems a person can meet, one code for each thing they are told. */
export type CsvErrorCode =
	'csv-unclosed-quote' | 'csv-stray-quote' | 'csv-too-large' | 'csv-too-many-rows' | 'csv-not-text';

export abstract class CsvError extends Error {
	abstract readonly code: CsvErrorCode;
}

/** Not well-formed CSV: a quote left open, or a quote where no field may hold one. */
export class CsvFormatError extends CsvError {
	override name = 'CsvFormatError';
	constructor(
		readonly code: 'csv-unclosed-quote' | 'csv-stray-quote',
		/** The line (counting from 1) where the problem is, or where the open quote began. */
		readonly line: number
	) {
		super(`Not well-formed CSV (${code}) at line ${line}.`);
	}
}

/** A file larger than a phone should be asked to read at once. */
export class CsvTooLargeError extends CsvError {
	override name = 'CsvTooLargeError';
	readonly code = 'csv-too-large';
	constructor(
		readonly bytes: number,
		readonly limit: number
	) {
		super(`The file has ${bytes} bytes, over the limit of ${limit}.`);
	}
}

/** More rows than any real export holds: read no further. */
export class CsvTooManyRowsError extends CsvError {
	override name = 'CsvTooManyRowsError';
	readonly code = 'csv-too-many-rows';
	constructor(readonly limit: number) {
		super(`The file has more than ${limit} rows.`);
	}
}

/** Bytes that are not UTF-8 or UTF-16 text (a picture or a spreadsheet renamed .csv, say). */
export class CsvNotTextError extends CsvError {
	override name = 'CsvNotTextError';
	readonly code = 'csv-not-text';
	constructor() {
		super('The file is not text in UTF-8 or UTF-16.');
	}
}
