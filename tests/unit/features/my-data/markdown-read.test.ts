import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mdHeading, mdInline, mdStrong, mdText } from '$lib/domain/formats/markdown-write';
import {
	plainText,
	readMarkdown,
	readInline,
	type PrintBlock
} from '$lib/features/my-data/print/markdown-read';

// The printable export reads back the Markdown the export wrote: the person's words come back
// exactly as they were written, whatever they hold, and only the document's own marks make
// structure.

/** What the person's words look like once written: line ends trimmed, leading spaces kept. */
const asWritten = (line: string) =>
	line
		.trimEnd()
		.replace(/^[ \t]*/, (indent) => indent.replaceAll('\t', '    ').replaceAll(' ', '\u00a0'));

const hostile = [
	'# not a heading',
	'> not a quote',
	'- not a bullet',
	'1. not a list',
	'---',
	'**not bold**',
	'<script>alert(1)</script>',
	'[link](javascript:alert(1))',
	'| a | b |',
	'`code` and \\ back',
	'&amp; stays &lt;',
	'مرحبا بالعالم 👩‍👩‍👧'
];

describe('reading the export back for print', () => {
	it('gives back each line of the person’s words as text, whatever it holds', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.oneof(
						fc.constantFrom(...hostile),
						fc.string({
							unit: fc.constantFrom(
								'a',
								' ',
								'#',
								'*',
								'\\',
								'<',
								'&',
								'-',
								'>',
								'1',
								'.',
								'`',
								'_',
								'[',
								']',
								'|',
								'é',
								'😀'
							)
						})
					),
					{ minLength: 1, maxLength: 6 }
				),
				(lines) => {
					const words = lines.join('\n');
					const blocks = readMarkdown(mdText(words));
					const expected = lines.map(asWritten).filter((line) => line.trim() !== '');
					const read = blocks.flatMap((b) =>
						b.kind === 'paragraph' ? b.lines.map(plainText) : ['<not a paragraph>']
					);
					expect(read).toEqual(expected);
					// None of it came back bold: only the document's own labels are.
					expect(
						blocks.every((b) => b.kind !== 'paragraph' || b.lines.flat().every((s) => !s.strong))
					).toBe(true);
				}
			)
		);
	});

	it('reads the document’s own headings, labels, bullets and quote', () => {
		const markdown = [
			mdHeading(1, 'My journal # one'),
			`> ${mdStrong('This file is NOT encrypted.')}`,
			`${mdStrong('Who I am')}\n\n${mdText('# me\nsecond line')}`,
			`- ${mdInline('- first')}\n- Name: ${mdInline('Jo')}  \n  Phone: ${mdInline('07 <700>')}`,
			`  ${mdText('a later paragraph', '  ')}\n- ${mdInline('third')}`
		].join('\n\n');
		const blocks = readMarkdown(markdown);
		expect(blocks[0]).toEqual({
			kind: 'heading',
			level: 1,
			line: [{ text: 'My journal # one', strong: false }]
		});
		expect(blocks[1]).toEqual({
			kind: 'quote',
			lines: [[{ text: 'This file is NOT encrypted.', strong: true }]]
		});
		expect(blocks[2]).toEqual({ kind: 'paragraph', lines: [[{ text: 'Who I am', strong: true }]] });
		expect(blocks[3]).toMatchObject({ kind: 'paragraph' });
		const paragraph = blocks[3] as Extract<PrintBlock, { kind: 'paragraph' }>;
		expect(paragraph.lines.map(plainText)).toEqual(['# me', 'second line']);
		const list = blocks[4] as Extract<PrintBlock, { kind: 'list' }>;
		expect(list.kind).toBe('list');
		expect(list.items.map((item) => item.map((p) => p.map(plainText)))).toEqual([
			[['- first']],
			[['Name: Jo', 'Phone: 07 <700>'], ['a later paragraph']],
			[['third']]
		]);
	});

	it('turns bold on only at unescaped marks', () => {
		expect(readInline('**Mood**: \\*\\*not\\*\\* &lt;b&gt;')).toEqual([
			{ text: 'Mood', strong: true },
			{ text: ': **not** <b&gt;', strong: false }
		]);
	});
});
