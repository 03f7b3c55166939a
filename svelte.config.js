import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { inlineScriptHashes } from './build-tools/inline-script-hashes.js';

// The static site goes to build/ unless a test asks for a second build elsewhere (the update test).
export const outDir = process.env.WAYMARK_OUT ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// Single-page app: the screens render in the browser from one fallback page, 200.html.
		// Only the first screens are prerendered (welcome at /, the worker's /view), so they paint
		// from HTML; index.html is the welcome, not the fallback.
		adapter: adapter({ pages: outDir, assets: outDir, fallback: '200.html', strict: true }),
		// Prerendered pages carry their CSS inline (hashed in the policy): no stylesheet blocks
		// their first paint.
		inlineStyleThreshold: Infinity,
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// wasm-unsafe-eval: the key derivation (Argon2id) is WebAssembly; nothing looser.
				'script-src': ['self', 'wasm-unsafe-eval', ...inlineScriptHashes('src/app.html')],
				'style-src': ['self'],
				'img-src': ['self', 'blob:', 'data:'],
				'font-src': ['self'],
				'media-src': ['self', 'blob:'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'frame-src': ['none'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['self']
			}
		},
		version: { pollInterval: 0 },
		// The lint probes break rules on purpose (tests/unit/lint lints them); they are not code.
		typescript: {
			config: (tsconfig) => {
				tsconfig.exclude = [...(tsconfig.exclude ?? []), '../tests/lint-probes/**'];
			}
		}
	}
};

export default config;
