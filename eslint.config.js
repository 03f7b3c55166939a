import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// The layering of architecture.md, enforced: routes -> features -> (vault, share, ui) -> crypto
// -> domain. Each layer gets one block listing everything it may not import (flat config replaces a
// rule per file rather than merging, so the blocks must not overlap).
const forbid = {
	svelte: ['svelte', 'svelte/*', '$app/*'],
	dexie: ['dexie', 'dexie/*'],
	crypto: ['tweetnacl', 'tweetnacl/*', 'hash-wasm'],
	routes: ['**/routes/**'],
	layer: (/** @type {string[]} */ ...names) => names.map((name) => `$lib/${name}/*`)
};
const layers = [
	{
		files: ['src/lib/domain/**'],
		patterns: [
			...forbid.svelte,
			...forbid.dexie,
			...forbid.crypto,
			...forbid.layer('crypto', 'vault', 'share', 'ui', 'features')
		]
	},
	{
		files: ['src/lib/crypto/**'],
		patterns: [
			...forbid.svelte,
			...forbid.dexie,
			...forbid.layer('vault', 'share', 'ui', 'features')
		]
	},
	{
		files: ['src/lib/vault/**'],
		patterns: [...forbid.crypto, '$app/*', ...forbid.layer('share', 'ui', 'features')]
	},
	{
		files: ['src/lib/share/**'],
		patterns: [
			...forbid.dexie,
			...forbid.crypto,
			'$app/*',
			...forbid.layer('vault', 'ui', 'features')
		]
	},
	{
		files: ['src/lib/ui/**'],
		patterns: [...forbid.dexie, ...forbid.crypto, ...forbid.layer('vault', 'share', 'features')]
	},
	{
		files: ['src/lib/features/**'],
		patterns: [...forbid.dexie, ...forbid.crypto, ...forbid.routes]
	},
	// The worker's view never opens a vault: it reads share/ and crypto/ only.
	{
		files: ['src/routes/view/**'],
		patterns: [...forbid.dexie, ...forbid.crypto, ...forbid.layer('vault', 'features')]
	},
	{
		files: ['src/routes/**'],
		ignores: ['src/routes/view/**'],
		patterns: [...forbid.dexie, ...forbid.crypto]
	}
];

export default ts.config(
	{
		ignores: [
			'build/',
			'.builds/',
			'.svelte-kit/',
			'test-results/',
			'playwright-report/',
			'bench/.tmp/'
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
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{ files: ['scripts/**', 'bench/**', '.ci/**'], rules: { 'no-console': 'off' } },
	...layers.map(({ files, ignores, patterns }) => ({
		files,
		...(ignores ? { ignores } : {}),
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: patterns, message: 'This layer may not import that (see architecture.md).' }
					]
				}
			]
		}
	}))
);
