import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';
import { layersRule } from './build-tools/lint-layers.js';

// The layering of README.md ("How it is built"), enforced by build-tools/lint-layers.js: routes -> shell ->
// features -> (vault, share, ui) -> crypto -> domain. `may` lists the layers each may import
// (its own included); `packages` the packages it may not.
const packages = {
	svelte: ['svelte', '@sveltejs/kit', '$app'],
	dexie: ['dexie'],
	crypto: ['tweetnacl', 'hash-wasm'],
	// The relay's server side: the app never loads it.
	relay: ['hono', '@hono/node-server', 'pg', '@electric-sql/pglite']
};
const lib = ['domain', 'crypto', 'vault', 'share', 'ui', 'features', 'shell'];
const layers = {
	domain: {
		may: ['domain'],
		packages: [...packages.svelte, ...packages.dexie, ...packages.crypto]
	},
	crypto: { may: ['crypto', 'domain'], packages: [...packages.svelte, ...packages.dexie] },
	vault: { may: ['vault', 'crypto', 'domain'], packages: [...packages.crypto, '$app'] },
	share: {
		may: ['share', 'crypto', 'domain'],
		packages: [...packages.dexie, ...packages.crypto, '$app']
	},
	ui: { may: ['ui', 'domain'], packages: [...packages.dexie, ...packages.crypto] },
	features: {
		may: ['features', 'vault', 'share', 'ui', 'crypto', 'domain'],
		packages: [...packages.dexie, ...packages.crypto]
	},
	// The frame around every screen: it puts features together, as routes do.
	shell: { may: [...lib], packages: [...packages.dexie, ...packages.crypto] },
	// The worker's view never opens a vault and loads nothing of the shell.
	'routes/view': {
		may: ['routes/view', 'share', 'ui', 'crypto', 'domain'],
		packages: [...packages.dexie, ...packages.crypto]
	},
	routes: { may: ['routes', ...lib], packages: [...packages.dexie, ...packages.crypto] },
	// The share relay, beside the app: it imports nothing of it, and nothing of it imports the relay.
	relay: {
		may: ['relay'],
		packages: [...packages.svelte, ...packages.dexie, ...packages.crypto, 'workbox-window']
	}
};
for (const [name, layer] of Object.entries(layers))
	if (name !== 'relay') layer.packages = [...(layer.packages ?? []), ...packages.relay];
// Feature folders that hold what several features share. Any feature may import them; each may
// import only those listed before it, so they never form a cycle. Every other folder is a feature
// of its own, which imports no other feature.
const sharedFeatures = [
	'device', // what this device holds outside the vault: preferences, auto-lock, storage, updates
	'records', // each record kind: loading it and its words
	'autosave', // drafts saved as the person types
	'forms', // record forms, list and item fields, links
	'new-keys', // a new passphrase and a recovery key
	'voice-notes',
	'search'
];

export default ts.config(
	{
		ignores: [
			'build/',
			'.builds/',
			'.svelte-kit/',
			'test-results/',
			'playwright-report/',
			'bench/.tmp/',
			'relay/dist/',
			// Each breaks a layering rule on purpose; tests/unit/lint lints them as the files they name.
			'tests/lint-probes/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		// console.log can carry a person's words into shared logs; warn and error are for failures.
		rules: { 'no-console': ['error', { allow: ['warn', 'error'] }] }
	},
	// TypeScript checks names itself, and knows the build-time globals declared in app.d.ts.
	{ files: ['**/*.ts', '**/*.svelte'], rules: { 'no-undef': 'off' } },
	// No type information (projectService): svelte-check type-checks everything already, and
	// building a TypeScript program for the linter too took 70 of its 98 seconds.
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		files: ['scripts/**', 'bench/**', '.ci/**', 'relay/src/main.ts'],
		rules: { 'no-console': 'off' }
	},
	{
		files: ['src/**/*.ts', 'src/**/*.js', 'src/**/*.svelte', 'relay/src/**/*.ts'],
		plugins: { waymark: { rules: { layers: layersRule } } },
		rules: { 'waymark/layers': ['error', { layers, sharedFeatures }] }
	}
);
