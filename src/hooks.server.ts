import type { Handle } from '@sveltejs/kit';

// Runs only while building. The prerendered first screens (the welcome, the worker's /view)
// paint from their HTML, so their scripts are preloaded at low priority and never hold that
// paint up; the fallback page (no route) paints nothing before its scripts, so it keeps theirs
// as they are. Links are not covered by the page's script hashes: the policy is unchanged.
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			event.route.id === null
				? html
				: html.replaceAll('rel="modulepreload"', 'rel="modulepreload" fetchpriority="low"')
	});
