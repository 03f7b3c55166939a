// The content lines of an iCalendar file (RFC 5545 section 3.1): how a value is escaped and how a
// long line is folded, so that any words the person types come back exactly as typed and can
// never start a line of their own.

export const CRLF = '\r\n';

/** Octets a line may hold before its line break (section 3.1). */
export const maxLineOctets = 75;

/**
 * A TEXT value (section 3.3.11): backslash, semicolon and comma escaped, every kind of line break
 * written as `\n`, other control characters dropped (the grammar has no place for them) and a
 * lone surrogate, which UTF-8 cannot carry, made U+FFFD.
 */
export function escapeText(value: string): string {
	return value
		.toWellFormed()
		.replace(/\r\n?|[\u2028\u2029]/g, '\n')
		.replace(/\p{Cc}/gu, (c) => (c === '\t' || c === '\n' ? c : ''))
		.replace(/[\\;,]/g, (c) => `\\${c}`)
		.replace(/\n/g, '\\n');
}

const utf8Length = (char: string) => {
	const code = char.codePointAt(0)!;
	return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
};

/**
 * One content line folded at 75 octets of UTF-8: each continuation starts with a space, which
 * counts towards its 75, and a character is never cut in two (section 3.1 asks both).
 */
export function foldLine(line: string): string {
	const parts: string[] = [];
	let part = '';
	let octets = 0;
	let room = maxLineOctets;
	for (const char of line) {
		const size = utf8Length(char);
		if (octets + size > room) {
			parts.push(part);
			part = '';
			octets = 0;
			room = maxLineOctets - 1;
		}
		part += char;
		octets += size;
	}
	parts.push(part);
	return parts.join(`${CRLF} `);
}

/**
 * A property's line, unfolded: `NAME;PARAM=value:value`. Parameters here are the writer's own
 * (a zone's name, VALUE=DATE), never the person's words, and are checked before they get here.
 */
export function contentLine(
	name: string,
	value: string,
	params: Record<string, string> = {}
): string {
	const written = Object.entries(params).map(([key, v]) => `;${key}=${v}`);
	return `${name}${written.join('')}:${value}`;
}

/** A component around its lines: `BEGIN:NAME` … `END:NAME`. */
export function component(name: string, lines: string[]): string[] {
	return [`BEGIN:${name}`, ...lines, `END:${name}`];
}
