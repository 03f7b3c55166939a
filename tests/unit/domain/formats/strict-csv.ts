// A strict RFC 4180 reader for the tests: every record ends in CRLF, a quote appears only
// around a whole field or doubled inside one, and anything else is an error, so a writer that
// strays from the format fails rather than being read generously.

export function readCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let at = 0;
	while (at < text.length) {
		let field = '';
		if (text[at] === '"') {
			at++;
			for (;;) {
				if (at >= text.length) throw new Error('unclosed quote');
				if (text[at] === '"') {
					if (text[at + 1] === '"') {
						field += '"';
						at += 2;
						continue;
					}
					at++;
					break;
				}
				field += text[at++];
			}
		} else {
			while (at < text.length && text[at] !== ',' && text[at] !== '\r') {
				if (text[at] === '"' || text[at] === '\n')
					throw new Error(`stray ${JSON.stringify(text[at])} at ${at}`);
				field += text[at++];
			}
		}
		row.push(field);
		if (text[at] === ',') {
			at++;
			continue;
		}
		if (text.slice(at, at + 2) !== '\r\n') throw new Error(`no CRLF at ${at}`);
		at += 2;
		rows.push(row);
		row = [];
	}
	if (row.length) throw new Error('last record has no CRLF');
	return rows;
}

/** A field as a spreadsheet is given it: with the formula guard's apostrophe where the
 * writer must add one (an independent statement of csv-write.ts's rule). */
export function guarded(field: string): string {
	const formula =
		/^[\t\r]/.test(field) ||
		(/^[=+\-@]/.test(field.trimStart()) &&
			!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(field.trim()));
	return formula ? `'${field}` : field;
}
