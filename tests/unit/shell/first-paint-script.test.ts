import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inlineScriptBodies } from '../../../build-tools/inline-script-hashes.js';
import { preferenceKeys } from '$lib/features/device/preferences';
import { journalHereKey } from '$lib/vault/presence';

// app.html's first script runs before anything is drawn, outside the app's modules, so it
// repeats two storage keys by hand. Run here against a stand-in page to keep it honest.
const [script] = inlineScriptBodies(readFileSync('src/app.html', 'utf8'));

function firstPaint({
	path = '/',
	saved = {},
	systemDark = false,
	storage = 'allowed'
}: {
	path?: string;
	saved?: Record<string, string>;
	systemDark?: boolean;
	storage?: 'allowed' | 'refused';
}) {
	const dataset: Record<string, string> = {};
	const localStorage = {
		getItem(key: string) {
			if (storage === 'refused') throw new DOMException('refused', 'SecurityError');
			return saved[key] ?? null;
		}
	};
	const run = new Function('document', 'localStorage', 'matchMedia', 'location', script);
	run({ documentElement: { dataset } }, localStorage, () => ({ matches: systemDark }), {
		pathname: path
	});
	return dataset;
}

describe('the first-paint script in app.html', () => {
	it('is there', () => {
		expect(script).toBeTruthy();
	});

	it('marks a returning person by the hint the vault keeps', () => {
		expect(firstPaint({ saved: { [journalHereKey]: '1' } })).toHaveProperty('returning', '');
		expect(firstPaint({})).not.toHaveProperty('returning');
	});

	it('applies the theme the person chose, or their device’s', () => {
		expect(firstPaint({ saved: { [preferenceKeys.theme]: 'dark' } }).theme).toBe('dark');
		expect(firstPaint({ saved: { [preferenceKeys.theme]: 'light' }, systemDark: true }).theme).toBe(
			'light'
		);
		expect(
			firstPaint({ saved: { [preferenceKeys.theme]: 'system' }, systemDark: true }).theme
		).toBe('dark');
		expect(firstPaint({ saved: { [preferenceKeys.theme]: '<b>' } }).theme).toBe('light');
	});

	it('leaves the worker’s /view to the device, and never marks it returning', () => {
		const saved = { [preferenceKeys.theme]: 'dark', [journalHereKey]: '1' };
		expect(firstPaint({ path: '/view', saved })).toEqual({ theme: 'light' });
	});

	it('still draws the first screen when storage is refused', () => {
		expect(firstPaint({ storage: 'refused', systemDark: true })).toEqual({ theme: 'dark' });
	});
});
