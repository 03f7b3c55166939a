import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scriptWords, svelteWords, type Found } from './find-words';

// Every sentence a person reads sits in a words file (`text.ts`, or `*-text.ts` where a folder
// needs several), so translation can start from those files alone. This finds words anywhere else.

const src = join(import.meta.dirname, '../../../src');

const isWordsFile = (name: string) => name === 'text.ts' || name.endsWith('-text.ts');

/** Files that hold words on purpose without being words files, and why. */
const allowedFiles = new Set([
	// The national lines: each line's name and when to use it sit with its number by design, so a
	// country is added or corrected in one place (see the file's head).
	'lib/domain/help-lines.ts',
	// App.Error messages for SvelteKit; never shown (+error.svelte's words are shell/text.ts's).
	'hooks.client.ts'
]);

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		return entry.isDirectory() ? files(path) : [path];
	});
}

function wordsIn(path: string): Found[] {
	const source = readFileSync(path, 'utf8');
	if (path.endsWith('.svelte')) return svelteWords(source);
	return scriptWords(source);
}

describe('words a person reads', () => {
	it('sit only in the words files', () => {
		const stray: string[] = [];
		for (const path of files(src)) {
			const name = path.split('/').pop()!;
			const at = relative(src, path);
			if (!/\.(svelte|ts|js)$/.test(name) || name.endsWith('.d.ts')) continue;
			if (isWordsFile(name) || allowedFiles.has(at)) continue;
			for (const found of wordsIn(path)) stray.push(`${at}:${found.line} ${found.text}`);
		}
		expect(stray).toEqual([]);
	}, 60_000);

	it('are found when planted in markup, an attribute or a script', () => {
		const component = `<script lang="ts">
	import { text } from './text';
	let status = $state('Saved just now');
</script>

<h1>{text.title}</h1>
<p>My plan is ready.</p>
<button aria-label="Close the panel" class="button secondary">{text.close}</button>
<input placeholder="Name" />
<p>{status === 'done' ? text.done : 'Not yet'}</p>
<style>
	p { font-family: "Atkinson Hyperlegible", sans-serif; }
</style>`;
		expect(svelteWords(component).map((found) => found.text)).toEqual([
			'My plan is ready.',
			'aria-label="Close the panel"',
			'placeholder="Name"',
			'Saved just now',
			'Not yet'
		]);
	});

	it('are not confused with what developers and browsers read', () => {
		const script = `
import { thing } from 'some package';
export class TooLateError extends Error {
	override name = 'TooLateError';
	constructor(message = 'The deadline passed before the save.') { super(message); }
}
type Kind = 'one kind' | 'another kind';
console.error('The worker failed to start');
if (event.key === 'Escape' || error.name === 'AbortError') throw new Error('It went wrong here');
const words = { 'a key with spaces': 1 };
const svg = '<svg viewBox="0 0 1 1"><title>Waymark</title></svg>';
document.querySelector('main h1, [role="alert"]');`;
		expect(scriptWords(script)).toEqual([]);
		expect(scriptWords(`const said = ok ? 'Saved' : \`\${n} things left\`;`).length).toBe(2);
	});
});
