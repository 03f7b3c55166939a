import { builtinEnvironments, type Environment } from 'vitest/runtime';

// Node, but modules are compiled as for the browser, so runes ($effect) run in *.svelte.test.ts.
export default {
	...builtinEnvironments.node,
	name: 'runes',
	viteEnvironment: 'client'
} satisfies Environment;
