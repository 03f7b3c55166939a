// Daylio's newer notes carry a little HTML (line breaks as <br>, bold, lists) and entities
// for the characters HTML reserves. The journal holds plain text and never renders HTML, so
// the markup becomes the text it stood for. Only these known tags are taken out: anything
// else that looks like a tag ("<3", "a < b > c") is the person's own writing and stays.

const breaks = /<br\s*\/?>|<\/(?:p|div|li)>/gi;
const listItem = /<li(?:\s[^>]*)?>/gi;
const knownTags =
	/<\/?(?:b|i|u|s|em|strong|strike|del|p|div|span|ul|ol|font|h[1-6])(?:\s[^>]*)?>/gi;
const entities = new Map([
	['amp', '&'],
	['lt', '<'],
	['gt', '>'],
	['quot', '"'],
	['apos', "'"],
	['nbsp', '\u00a0']
]);

/** Plain text from a note that may hold Daylio's markup. */
export function noteText(note: string): string {
	if (!note.includes('<') && !note.includes('&')) return note;
	return note
		.replace(breaks, '\n')
		.replace(listItem, '• ')
		.replace(knownTags, '')
		.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
			if (name[0] !== '#') return entities.get(name.toLowerCase()) ?? whole;
			const code =
				name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
			const character = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
			return character ? String.fromCodePoint(code) : whole;
		})
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}
