import type { ImportApp } from './imported-day';

// What can stop an import from another app. Each is a class with a code that names its words
// (features/my-data/import-text.ts, chosen by importMessageFor); none quotes the file.

/** The import errors a person can meet, one code for each thing they are told. */
export type ImportErrorCode =
	| 'import-empty'
	| 'import-unknown-format'
	| 'import-already-done'
	| 'import-time-zone'
	| 'import-scale-missing'
	| 'import-scale-twice';

export abstract class ImportError extends Error {
	abstract readonly code: ImportErrorCode;
}

/** A file with nothing in it, or a header and no rows. */
export class ImportEmptyError extends ImportError {
	override name = 'ImportEmptyError';
	readonly code = 'import-empty';
	constructor() {
		super('The file holds no rows to import.');
	}
}

/** A CSV file whose header is not that of any export Waymark reads. */
export class ImportFormatError extends ImportError {
	override name = 'ImportFormatError';
	readonly code = 'import-unknown-format';
	constructor() {
		super('The header row is not that of a Daylio, eMoods or Bearable export.');
	}
}

/** The same file (by its SHA-256) was imported before: a second import would double it. */
export class ImportAlreadyDoneError extends ImportError {
	override name = 'ImportAlreadyDoneError';
	readonly code = 'import-already-done';
	constructor(
		readonly app: ImportApp,
		/** When the earlier import was made (an ISO instant). */
		readonly importedAt: string
	) {
		super(`This file was imported from ${app} at ${importedAt}.`);
	}
}

/** The device names a time zone this browser does not know, so no time can be read. */
export class ImportTimeZoneError extends ImportError {
	override name = 'ImportTimeZoneError';
	readonly code = 'import-time-zone';
	constructor(readonly timeZone: string) {
		super(`Unknown time zone: ${timeZone}.`);
	}
}

/** A choice names a scale the person no longer has (removed in another tab, say). */
export class ImportScaleMissingError extends ImportError {
	override name = 'ImportScaleMissingError';
	readonly code = 'import-scale-missing';
	constructor(readonly scaleId: string) {
		super(`No scale with the id ${scaleId}.`);
	}
}

/** Two ratings of the file were sent to one scale: a check-in holds one answer per scale. */
export class ImportScaleTwiceError extends ImportError {
	override name = 'ImportScaleTwiceError';
	readonly code = 'import-scale-twice';
	constructor(readonly scaleId: string) {
		super(`Two ratings were sent to the scale ${scaleId}.`);
	}
}

/** A fault in the caller, not something a person can meet: a malformed fingerprint, say. */
export class ImportInputError extends Error {
	override name = 'ImportInputError';
}
