import { availableParallelism } from 'node:os';
import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { configDefaults, defineConfig } from 'vitest/config';
import { announcerWithoutInlineStyle } from './build-tools/announcer-without-inline-style.js';
import pkg from './package.json' with { type: 'json' };
import { writeHeadersFile } from './scripts/security-headers.js';
import { outDir } from './svelte.config.js';
import { manifest } from './pwa-manifest.js';

// A build id lets two builds of one version differ (the update test deploys a second build).
const buildId = process.env.WAYMARK_BUILD_ID ?? '';

export default defineConfig({
	define: {
		__WAYMARK_VERSION__: JSON.stringify(pkg.version),
		__WAYMARK_BUILD__: JSON.stringify(buildId)
	},
	build: {
		rolldownOptions: {
			output: {
				codeSplitting: {
					// Svelte, SvelteKit's client and Vite's preload helper in one file: every page loads
					// them, and over HTTP/1.1 a cold page fetches six files at a time, so each extra
					// handful costs a round trip before it can start (the worker's /view from a long
					// link: 16 files in three waves, now 12 in two). The few parts of Svelte only some
					// screens use come along; they are small. The server's build groups them too.
					groups: [
						{
							name: 'framework',
							test: /node_modules[\\/](svelte|@sveltejs[\\/]kit|esm-env|devalue|clsx)[\\/]|vite[\\/]preload-helper/
						}
					]
				}
			}
		}
	},
	plugins: [
		announcerWithoutInlineStyle(),
		sveltekit(),
		SvelteKitPWA({
			strategies: 'generateSW',
			registerType: 'prompt',
			// We register the worker ourselves through workbox-window (src/lib/features/app-update).
			injectRegister: false,
			manifest,
			// The icons are in the glob below already; listing them twice only repeats entries.
			includeManifestIcons: false,
			kit: {
				// The SPA fallback (every screen but the prerendered / and /view) is precached by
				// its own address, and answers every other navigation offline.
				adapterFallback: '200.html',
				spa: { fallbackMapping: '/200.html' }
			},
			workbox: {
				// _app/version.json too: SvelteKit fetches it after a missing page, and a newer one from
				// the network (an update waiting) makes it reload the old app from the cache forever.
				// The prerendered pages too: the plugin's transform turns index.html into / and view.html
				// into view, the addresses they are opened by.
				globPatterns: [
					'client/**/*.{js,css,ico,png,svg,webp,webmanifest,woff2,wasm}',
					'client/_app/version.json',
					'prerendered/pages/**/*.html'
				],
				modifyURLPrefix: { 'client/': '', 'prerendered/pages/': '' },
				navigateFallback: '/200.html',
				// A version the person accepts takes over open pages at once, so "Reload now" always lands.
				clientsClaim: true,
				cleanupOutdatedCaches: true
			}
		}),
		writeHeadersFile(outDir)
	],
	test: {
		environment: 'node',
		// IndexedDB for the vault's tests; Dexie looks for it when first imported.
		setupFiles: ['fake-indexeddb/auto'],
		reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
		// Vitest leaves a core for itself by default, which on 2 cores ran the files one at a time
		// (157 s); one per core took 60. Each file keeps its own modules (isolated), as some set globals.
		maxWorkers: availableParallelism(),
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					exclude: [...configDefaults.exclude, '**/*.svelte.test.ts']
				}
			},
			// Runes ($effect) run only in modules compiled for the browser: *.svelte.test.ts are.
			{
				extends: true,
				resolve: { conditions: ['browser'] },
				test: {
					name: 'runes',
					include: ['tests/unit/**/*.svelte.test.ts'],
					environment: './tests/unit/runes-environment.ts'
				}
			},
			// The share relay: plain Node, on PGlite, and on PostgreSQL when .ci/run provides one.
			{ test: { name: 'relay', include: ['tests/relay/**/*.test.ts'], environment: 'node' } }
		]
	}
});
