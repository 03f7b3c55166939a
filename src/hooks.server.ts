import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { bootAfterPaint, modulePreloads } from '../build-tools/boot-after-paint.js';
import { hintBuiltFiles } from '../build-tools/compile-hint.js';

// SvelteKit's client build, written before the pages are prerendered and copied by the adapter
// after: the boot script runs its modules in the order they import each other, read from here,
// and the files the first screens run are marked for compiling off the main thread here.
const clientBuild = '.svelte-kit/output/client';

/** A built file's path by its address in a page ("./_app/..."). */
const builtPath = (href: string) => join(clientBuild, new URL(href, 'file:///').pathname);

/** A built file's text by its address in a page, or undefined. */
function builtFile(href: string): string | undefined {
	try {
		return readFileSync(builtPath(href), 'utf8');
	} catch {
		return undefined;
	}
}

/** A prerendered first screen, its files marked and its scripts asked for after its paint. */
function firstScreen(html: string) {
	hintBuiltFiles(modulePreloads(html), builtPath);
	return bootAfterPaint(html, builtFile);
}

// While building only (the dev server sends its policy as a header and prerenders nothing).
// The prerendered first screens (the welcome, the worker's /view) paint from their HTML, so
// their scripts are asked for only after that paint (see build-tools/boot-after-paint.js); the
// fallback page (no route) paints nothing before its scripts, so it keeps SvelteKit's preloads.
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html, done }) =>
			!building || event.route.id === null || !done ? html : firstScreen(html)
	});
