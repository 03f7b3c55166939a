import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mdHeading, mdInline, mdStrong, mdText } from '$lib/domain/formats/markdown-write';
import { activeMarkdown, wordsOf } from './markdown-read';

// The text a person wrote, as mdText keeps it: line ends trimmed, a tab in an indent as four
// spaces, blank lines between paragraphs run into one.
function asKept(words: string): string {
	const lines = words
		.split(/\r\n?|\n/)
		.map((line) => line.trimEnd().replace(/^[ \t]+/, (indent) => indent.replaceAll('\t', '    ')));
	const paragraphs: string[][] = [[]];
	for (const line of lines)
		if (line.trim() === '') paragraphs.push([]);
		else paragraphs.at(-1)!.push(line);
	return paragraphs
		.filter((p) => p.length)
		.map((p) => p.join('\n'))
		.join('\n\n');
}

const hostile = [
	'# heading',
	'  ## indented heading',
	'<img src=x onerror=alert(1)>',
	'<script>alert(1)</script>',
	'[link](javascript:alert(1))',
	'![image](http://x/y.png)',
	'| table | row |',
	'|---|---|',
	'---',
	'***',
	'___',
	'===',
	'> a quote',
	'- a bullet',
	'+ a bullet',
	'* a bullet',
	'1. first',
	'2) second',
	'```js',
	'~~~',
	'    four spaces of code',
	'\tA tab of code',
	'`code`',
	'**bold** and _em_',
	'~~struck~~',
	'$x^2$',
	'&amp; &lt; &#60;',
	'[x]: javascript:alert(1)',
	'[^1]',
	'ends with a backslash\\',
	'<!-- a comment -->'
];

describe('the person’s words in Markdown', () => {
	it('keeps every hostile line literal, word for word', () => {
		for (const line of hostile) {
			const md = mdText(line);
			expect(activeMarkdown(md), line).toEqual([]);
			expect(wordsOf(md), line).toBe(asKept(line));
		}
		expect(mdText('<script>')).toBe('&lt;script>');
		expect(mdText('# heading')).toBe('\\# heading');
		expect(mdText('1. first')).toBe('1\\. first');
		expect(mdText('    code')).toBe('\u00a0\u00a0\u00a0\u00a0code');
	});

	it('keeps lines as hard breaks and paragraphs apart, inside a list item when indented', () => {
		expect(mdText('one\ntwo\r\n\r\n\nthree')).toBe('one  \ntwo\n\nthree');
		expect(mdText('one\n- two\n\n# three', '  ')).toBe('one  \n  \\- two\n\n  \\# three');
	});

	it('keeps any text word for word, with nothing left that acts as Markdown', () => {
		const unit = fc.oneof(
			fc.constantFrom(...'#>+-=*_`~|[]()!<>&\\$.):; \t\n\r0123456789aZ'),
			fc.constantFrom('مرحبا', 'שלום', '👩‍👩‍👧‍👦', '🏳️‍🌈', 'é', '\u202e')
		);
		fc.assert(
			fc.property(fc.string({ unit, maxLength: 60 }), (words) => {
				const md = mdText(words);
				expect(activeMarkdown(md)).toEqual([]);
				expect(wordsOf(md)).toBe(asKept(words));
			}),
			{ numRuns: 500 }
		);
	});

	it('writes a line as one line, a heading with every # escaped, and a label in bold', () => {
		expect(mdInline('one\ntwo')).toBe('one two');
		expect(mdInline('- x')).toBe('\\- x');
		expect(mdHeading(2, 'My #1 goal #')).toBe('## My \\#1 goal \\#');
		expect(mdHeading(3, '<b>*hi*</b>')).toBe('### &lt;b>\\*hi\\*&lt;/b>');
		expect(mdStrong('Name')).toBe('**Name**');
	});
});
