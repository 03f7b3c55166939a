import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { bootAfterPaint } from '../build-tools/boot-after-paint.js';

// SvelteKit's client build, written before the pages are prerendered: the boot script runs its
// modules in the order they import each other, read from here.
const clientBuild = '.svelte-kit/output/client';

/** A built file's text by its address in a page ("./_app/..."), or undefined. */
function builtFile(href: string): string | undefined {
	try {
		return readFileSync(join(clientBuild, new URL(href, 'file:///').pathname), 'utf8');
	} catch {
		return undefined;
	}
}

// While building only (the dev server sends its policy as a header and prerenders nothing).
// The prerendered first screens (the welcome, the worker's /view) paint from their HTML, so
// their scripts are asked for only after that paint (see build-tools/boot-after-paint.js); the
// fallback page (no route) paints nothing before its scripts, so it keeps SvelteKit's preloads.
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html, done }) =>
			!building || event.route.id === null || !done ? html : bootAfterPaint(html, builtFile)
	});
