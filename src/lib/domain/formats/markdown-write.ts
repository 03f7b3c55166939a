// Words a person wrote, put into a Markdown document so that they read as written and can
// never change the document's structure: no heading, list, quote, code block, table, link,
// image or HTML can be made by what someone typed, in CommonMark, GitHub's flavour or the
// original Markdown.pl. The document's own structure is written around them by the caller.

const inlineEscapes: Record<string, string> = {
	'\\': '\\\\',
	'`': '\\`',
	'*': '\\*',
	_: '\\_',
	'[': '\\[',
	']': '\\]',
	'|': '\\|',
	'~': '\\~',
	$: '\\$',
	// As entities, not backslashes: Markdown.pl passes `\<` through as HTML.
	'<': '&lt;',
	'&': '&amp;'
};
const inlineSpecial = /[\\`*_[\]|~$<&]/g;

// What starts a block at the start of a line: a heading, a quote, a bullet, a setext underline
// or a thematic break ("---", "==="), and a number with "." or ")" for an ordered list.
const blockStart = /^[#>+\-=]/;
const orderedStart = /^(\d+)([.)])/;

function escapeInline(line: string): string {
	return line.replace(inlineSpecial, (c) => inlineEscapes[c]);
}

/** One line of the person's words, escaped so it is a line of plain text wherever it stands. */
function escapeLine(line: string): string {
	const trimmed = line.trimEnd();
	const indent = /^[ \t]*/.exec(trimmed)![0];
	let rest = escapeInline(trimmed.slice(indent.length));
	if (blockStart.test(rest)) rest = `\\${rest}`;
	else rest = rest.replace(orderedStart, '$1\\$2');
	// Four spaces would start a code block: the person's indent is kept as no-break spaces,
	// which Markdown reads as text.
	return indent.replaceAll('\t', '    ').replaceAll(' ', '\u00a0') + rest;
}

const lineBreaks = /\r\n?|\n/;

/** Words for within a line (a list item's label, a table-free fact): line breaks become spaces. */
export function mdInline(text: string): string {
	return escapeLine(text.split(lineBreaks).join(' ').trim());
}

/**
 * Free writing as Markdown paragraphs: its line breaks kept (as hard breaks, two spaces at a
 * line's end), blank lines between paragraphs, every line escaped. `indent` starts each line
 * after the first, so the text stays inside the list item it begins.
 */
export function mdText(text: string, indent = ''): string {
	const paragraphs: string[] = [];
	let lines: string[] = [];
	for (const line of text.split(lineBreaks)) {
		if (line.trim() === '') {
			if (lines.length) paragraphs.push(lines.join(`  \n${indent}`));
			lines = [];
		} else lines.push(escapeLine(line));
	}
	if (lines.length) paragraphs.push(lines.join(`  \n${indent}`));
	return paragraphs.join(`\n\n${indent}`);
}

/** A heading of the given level (1 to 6) with the words as text: every `#` escaped, since a
 * heading's closing hashes would otherwise be taken off. */
export function mdHeading(level: number, text: string): string {
	const words = escapeInline(text.split(lineBreaks).join(' ').trim());
	return `${'#'.repeat(level)} ${words.replaceAll('#', '\\#')}`;
}

/** Words in bold: a label the document gives, such as a field's name. */
export function mdStrong(text: string): string {
	return `**${mdInline(text)}**`;
}
