import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Each probe breaks the layering (README, "How it is built") in one way, and says on its first line which
// file it stands in for. Lint must refuse every one, so the rules cannot quietly stop working.
const root = path.resolve(import.meta.dirname, '../../..');
const probes = path.join(root, 'tests/lint-probes');
// The project's own config, except that a probe standing in for a .svelte file is parsed without
// the TypeScript project, which only knows files that exist.
const eslint = new ESLint({
	cwd: root,
	overrideConfig: {
		files: ['**/*.svelte'],
		languageOptions: { parserOptions: { projectService: false } }
	}
});

async function layerErrors(code: string, as: string) {
	const [result] = await eslint.lintText(code, { filePath: path.join(root, as) });
	const fatal = result.messages.filter((m) => m.fatal);
	expect(fatal, 'the probe parses').toEqual([]);
	return result.messages.filter((m) => m.ruleId === 'waymark/layers');
}

describe('the layering rules', () => {
	for (const name of readdirSync(probes).sort()) {
		it(`refuse ${name}`, { timeout: 60_000 }, async () => {
			const code = readFileSync(path.join(probes, name), 'utf8');
			const as = code.match(/as: (\S+)/)?.[1];
			expect(as, 'the probe names the file it stands in for').toBeTruthy();
			expect(await layerErrors(code, as!)).toHaveLength(1);
		});
	}

	it('let a feature import a shared folder, and its own files', { timeout: 60_000 }, async () => {
		const code = [
			"import { text as forms } from '$lib/features/forms/text';",
			"import { text } from './text';",
			"export const probe = () => [forms, text, import('$lib/vault')];"
		].join('\n');
		expect(await layerErrors(code, 'src/lib/features/goals/probe.ts')).toEqual([]);
	});
});
