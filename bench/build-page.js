// Builds a benchmark's page (index.html and page.js in `root`) with Vite and the Svelte plugin,
// so the app's own modules (runes, the Argon2id worker) run in Chromium as they do in the app.
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build } from 'vite';

const lib = fileURLToPath(new URL('../src/lib', import.meta.url));

/** `base`: where the page is served from, when it sits beside the app's own build. */
export async function buildBenchPage(root, outDir, base = '/') {
	await build({
		configFile: false,
		root,
		base,
		logLevel: 'error',
		plugins: [svelte({ configFile: false })],
		resolve: { alias: { $lib: lib } },
		// The app's own path for hashed files, which serve.js marks immutable: the Argon2id worker is
		// then fetched from the cache on each unlock, as it is in the app.
		build: { outDir, emptyOutDir: true, assetsDir: '_app/immutable' }
	});
}
