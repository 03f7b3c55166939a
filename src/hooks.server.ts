import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { bootAfterPaint } from '../build-tools/boot-after-paint.js';

// While building only (the dev server sends its policy as a header and prerenders nothing).
// The prerendered first screens (the welcome, the worker's /view) paint from their HTML, so
// their scripts are asked for only after that paint (see build-tools/boot-after-paint.js); the
// fallback page (no route) paints nothing before its scripts, so it keeps SvelteKit's preloads.
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html, done }) =>
			!building || event.route.id === null || !done ? html : bootAfterPaint(html)
	});
