// Chromium (136 and later) compiles every function of a file that opens with this comment on the
// thread that streams the file in, instead of each function on the main thread the first time it
// is called. The prerendered first screens (the welcome, the worker's /view) run every file they
// preload as they start, so each of those files is marked. Blocking time under a 4x slower CPU
// after the welcome's paint (medians of nine loads, bench/.tmp probes): about 110 ms with no
// hint, 55 to 66 with Svelte and SvelteKit's client marked, 48 with every file marked in the
// same run as the 66. Other browsers ignore the comment.
// The files are marked in SvelteKit's client output while the pages are prerendered, before
// the adapter copies it and the service worker lists it. A file's name is the hash of its code
// before the mark; the mark is the same for the same code, so the name still changes only with it.
import { readFileSync, writeFileSync } from 'node:fs';

export const hint = '//# allFunctionsCalledOnLoad\n';

/**
 * `code` opening with the hint, once.
 * @param {string} code
 */
export const withHint = (code) => (code.startsWith(hint) ? code : hint + code);

/**
 * Marks each built script a prerendered page preloads. Throws when one cannot be read, rather
 * than quietly marking nothing.
 * @param {string[]} hrefs the page's module addresses ("./_app/...")
 * @param {(href: string) => string | undefined} pathOf a built file's path by its address
 */
export function hintBuiltFiles(hrefs, pathOf) {
	for (const href of hrefs) {
		const path = pathOf(href);
		if (!path) throw new Error(`compileHint: no built file for ${href}`);
		const code = readFileSync(path, 'utf8');
		const marked = withHint(code);
		if (marked !== code) writeFileSync(path, marked);
	}
}
