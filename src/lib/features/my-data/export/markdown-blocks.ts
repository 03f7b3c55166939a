import { mdInline, mdStrong, mdText } from '$lib/domain/formats/markdown-write';
import { text } from './text';

// The few shapes the Markdown export is built of. Each block ends in a blank line, so blocks are
// joined as they come; every word from the journal passes through markdown-write.ts on its way.

/** A block as written, ended by its blank line. */
export const block = (markdown: string) => `${markdown}\n\n`;

/** A label in bold, with the person's words after it as paragraphs. */
export function labelledText(label: string, words: string): string {
	return block(`${mdStrong(label)}\n\n${mdText(words)}`);
}

/** A label in bold and a short value, on one line: "**Name**: Jo". */
export function labelledLine(label: string, value: string): string {
	return block(text.document.labelled(mdStrong(label), mdInline(value)));
}

/** A bulleted list; each item is Markdown already, its later lines indented by two spaces. */
export function bullets(items: readonly string[]): string {
	return block(items.map((item) => `- ${item}`).join('\n'));
}

/** An item of a list written in the person's words, kept inside its bullet. */
export const itemText = (words: string) => mdText(words, '  ');

/** Parts of one item, each "Label: words" on a line of its own within the bullet. */
export function itemParts(parts: readonly [label: string, words: string][]): string {
	return parts
		.map(([label, words]) => text.document.labelled(mdInline(label), mdText(words, '  ')))
		.join('  \n  ');
}

/** Facts about something, on one line: "Working on it · Progress 6 of 10". */
export const facts = (items: readonly string[]) =>
	block(items.map(mdInline).join(text.document.facts));
