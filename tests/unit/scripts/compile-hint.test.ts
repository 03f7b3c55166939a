import { describe, expect, it } from 'vitest';
import { compileHint } from '../../../build-tools/compile-hint.js';

type File = { type: 'chunk' | 'asset'; name: string; code?: string };

/** Runs the plugin's generateBundle over a stand-in bundle. */
function run(bundle: Record<string, File>) {
	const plugin = compileHint('framework');
	(plugin.generateBundle as unknown as (options: object, bundle: object) => void).call(
		{},
		{},
		bundle
	);
	return bundle;
}

describe('compileHint', () => {
	it('opens the named chunk, and only it, with the compile hint, once', () => {
		const bundle = run({
			'framework.js': { type: 'chunk', name: 'framework', code: 'export const a=1;' },
			'page.js': { type: 'chunk', name: 'page', code: 'export const b=2;' },
			'style.css': { type: 'asset', name: 'framework' }
		});
		expect(bundle['framework.js'].code).toBe('//# allFunctionsCalledOnLoad\nexport const a=1;');
		expect(bundle['page.js'].code).toBe('export const b=2;');
		expect(bundle['style.css']).not.toHaveProperty('code');
		run(bundle);
		expect(bundle['framework.js'].code).toBe('//# allFunctionsCalledOnLoad\nexport const a=1;');
	});
});
