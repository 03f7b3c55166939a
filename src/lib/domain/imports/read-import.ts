import { decodeCsvBytes, readCsv, type CsvTable } from '$lib/domain/formats/csv-read';
import { isBearableHeader, readBearable } from './bearable';
import { isDaylioHeader, readDaylio } from './daylio';
import { isEmoodsHeader, readEmoods } from './emoods';
import { ImportEmptyError, ImportFormatError, ImportTimeZoneError } from './errors';
import type { ImportApp, ParsedImport } from './imported-day';
import { isTimeZone } from './local-time';

// A file from another app, read: which app made it, told by its header row, and its rows as
// neutral days. Nothing is chosen yet and nothing is written (import-plan.ts does the first,
// the screen the second).

/** The app whose export has this header, or null. eMoods is tried last: its test is loosest. */
export function recogniseApp(header: readonly string[]): ImportApp | null {
	if (isDaylioHeader(header)) return 'daylio';
	if (isBearableHeader(header)) return 'bearable';
	if (isEmoodsHeader(header)) return 'emoods';
	return null;
}

/** The days of an export already read as CSV, in the person's time zone (an IANA name). */
export function readImport(table: CsvTable, timeZone: string): ParsedImport {
	if (!isTimeZone(timeZone)) throw new ImportTimeZoneError(timeZone);
	if (table.rows.length === 0) throw new ImportEmptyError();
	const app = recogniseApp(table.rows[0]);
	if (!app) throw new ImportFormatError();
	if (table.rows.length === 1) throw new ImportEmptyError();
	if (app === 'daylio') return readDaylio(table, timeZone);
	if (app === 'bearable') return readBearable(table, timeZone);
	return readEmoods(table, timeZone);
}

/**
 * The days of an export file as picked: its bytes decoded and checked against the CSV limits
 * first (csv-read.ts), so a huge or binary file is refused before any real work.
 */
export function readImportFile(bytes: Uint8Array, timeZone: string): ParsedImport {
	if (bytes.byteLength === 0) throw new ImportEmptyError();
	return readImport(readCsv(decodeCsvBytes(bytes)), timeZone);
}
