import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Chromium keeps every form field's value in its session-restore files, in plain text, unless
// the field says autocomplete="off". So every field that can hold a person's words must say so.

const root = join(import.meta.dirname, '../../../src');
const notText = new Set([
	'checkbox',
	'radio',
	'range',
	'file',
	'hidden',
	'button',
	'submit',
	'color'
]);

function svelteFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return svelteFiles(path);
		return entry.name.endsWith('.svelte') ? [path] : [];
	});
}

/** Each opening tag of these names, whole: braces and quotes may hold a `>`. */
function openingTags(source: string, names: string[]): string[] {
	const tags: string[] = [];
	const start = new RegExp(`<(${names.join('|')})(?=[\\s/>])`, 'g');
	for (const match of source.matchAll(start)) {
		let depth = 0;
		let quote = '';
		let i = match.index + match[0].length;
		for (; i < source.length; i++) {
			const c = source[i];
			if (quote) {
				if (c === quote) quote = '';
			} else if (c === '"' || c === "'" || c === '`') quote = c;
			else if (c === '{') depth++;
			else if (c === '}') depth--;
			else if (c === '>' && depth === 0) break;
		}
		tags.push(source.slice(match.index, i + 1));
	}
	return tags;
}

function typeOf(tag: string): string {
	return /\stype="([^"]+)"/.exec(tag)?.[1] ?? 'text';
}

const files = svelteFiles(root).map((path) => ({
	path: path.slice(root.length + 1),
	source: readFileSync(path, 'utf8')
}));

describe('fields that can hold words', () => {
	it('finds the fields it checks', () => {
		const count = files.flatMap(({ source }) => openingTags(source, ['input', 'textarea'])).length;
		expect(count).toBeGreaterThan(20);
	});

	it('every text input and textarea says autocomplete="off"', () => {
		const missing = files.flatMap(({ path, source }) =>
			openingTags(source, ['input', 'textarea'])
				.filter((tag) => !notText.has(typeOf(tag)))
				// The passphrase field's own test is below.
				.filter(() => !path.endsWith('ui/PasswordField.svelte'))
				.filter((tag) => !/\sautocomplete="off"/.test(tag))
				.map((tag) => `${path}: ${tag.replace(/\s+/g, ' ').slice(0, 80)}`)
		);
		expect(missing).toEqual([]);
	});

	it('the passphrase field turns autocomplete off while its text is shown', () => {
		const [tag] = openingTags(
			files.find(({ path }) => path.endsWith('ui/PasswordField.svelte'))!.source,
			['input']
		);
		expect(tag).toContain("type={shown ? 'text' : 'password'}");
		expect(tag).toContain("autocomplete={shown ? 'off' : autocomplete}");
	});

	it('the growing text box turns autocomplete off after any attributes it is given', () => {
		const [tag] = openingTags(
			files.find(({ path }) => path.endsWith('ui/GrowingText.svelte'))!.source,
			['textarea']
		);
		expect(tag).toMatch(/\{\.\.\.rest\}[^]*\sautocomplete="off"/);
	});
});
