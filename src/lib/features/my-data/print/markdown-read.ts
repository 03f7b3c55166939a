// The export's own Markdown read back into blocks, for its printable version: exactly the few
// shapes markdown-write.ts and markdown-blocks.ts make (headings, paragraphs with hard breaks,
// bold labels, bullets, one quote), nothing more. Every word the person wrote came out of
// markdown-write.ts escaped, so an unescaped `**` or line start is always the document's own,
// and the words come back as plain text, shown as text and never as HTML.

export interface Span {
	text: string;
	strong: boolean;
}
/** A line of spans; a paragraph or an item is lines, shown with breaks between. */
export type Line = Span[];

export type PrintBlock =
	| { kind: 'heading'; level: number; line: Line }
	| { kind: 'paragraph'; lines: Line[] }
	| { kind: 'quote'; lines: Line[] }
	| { kind: 'list'; items: Line[][][] };

const entities: Record<string, string> = { '&lt;': '<', '&amp;': '&' };

/** Spans of one line: `**` (unescaped) turns bold on and off; escapes give back their character. */
export function readInline(source: string): Line {
	const spans: Line = [];
	let text = '';
	let strong = false;
	const flush = () => {
		if (text) spans.push({ text, strong });
		text = '';
	};
	for (let i = 0; i < source.length; i++) {
		const c = source[i];
		if (c === '\\' && i + 1 < source.length) {
			text += source[++i];
		} else if (c === '*' && source[i + 1] === '*') {
			flush();
			strong = !strong;
			i++;
		} else if (c === '&') {
			const entity = Object.keys(entities).find((e) => source.startsWith(e, i));
			if (entity) {
				text += entities[entity];
				i += entity.length - 1;
			} else text += c;
		} else text += c;
	}
	flush();
	return spans;
}

/** A paragraph's lines: hard breaks (two spaces at a line's end) keep the person's lines. */
const linesOf = (source: string, indent = '') =>
	source
		.split('\n')
		.map((line) =>
			readInline(line.replace(/ {2}$/, '').slice(line.startsWith(indent) ? indent.length : 0))
		);

export function readMarkdown(markdown: string): PrintBlock[] {
	const blocks: PrintBlock[] = [];
	for (const chunk of markdown.split(/\n{2,}/)) {
		if (!chunk.trim()) continue;
		const last = blocks.at(-1);
		const heading = /^(#{1,6}) (.*)$/.exec(chunk);
		if (heading)
			blocks.push({ kind: 'heading', level: heading[1].length, line: readInline(heading[2]) });
		else if (chunk.startsWith('> '))
			blocks.push({ kind: 'quote', lines: linesOf(chunk.replace(/^> /gm, '')) });
		else if (chunk.startsWith('- ')) {
			// Each bullet starts "- "; its later lines are indented by two spaces.
			const items = chunk.split(/\n(?=- )/).map((item) => [linesOf(item.slice(2), '  ')]);
			blocks.push({ kind: 'list', items });
		} else if (chunk.startsWith('  ') && last?.kind === 'list') {
			// A later paragraph of the last bullet's item, and any bullets that follow it.
			const [more, ...next] = chunk.split(/\n(?=- )/);
			last.items.at(-1)!.push(linesOf(more, '  '));
			last.items.push(...next.map((item) => [linesOf(item.slice(2), '  ')]));
		} else blocks.push({ kind: 'paragraph', lines: linesOf(chunk) });
	}
	return blocks;
}

/** A line's words as plain text, for tests and for a heading's accessible name. */
export const plainText = (line: Line) => line.map((span) => span.text).join('');
