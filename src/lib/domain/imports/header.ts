// Finding a file's columns by their names, not their places: exports add columns over the
// years (Daylio added note_title, then scales), and a person may have moved them in a
// spreadsheet. Names are compared without case, spaces or punctuation, so "Time of day",
// "time_of_day" and "time of day" are one name.

/** A column name reduced to lower-case letters and digits. */
export function headerKey(name: string): string {
	return name
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Where each wanted column is, by any of its names; absent columns are left out. */
export function findColumns<K extends string>(
	header: readonly string[],
	names: Record<K, readonly string[]>
): Partial<Record<K, number>> {
	const keys = header.map(headerKey);
	const found: Partial<Record<K, number>> = {};
	for (const column of Object.keys(names) as K[]) {
		const at = keys.findIndex((key) => names[column].includes(key));
		if (at !== -1) found[column] = at;
	}
	return found;
}

/** A field of a row by column, trimmed; empty when the column or the field is missing. */
export function field(row: readonly string[], at: number | undefined): string {
	return at === undefined ? '' : (row[at] ?? '').trim();
}

/**
 * Whether a row has the header's shape: a row may stop short (some writers leave off empty
 * fields at the end), but fields beyond the header that hold anything mean the row was split
 * where it should not have been.
 */
export function fitsHeader(row: readonly string[], header: readonly string[]): boolean {
	for (let k = header.length; k < row.length; k++) if (row[k].trim() !== '') return false;
	return true;
}
