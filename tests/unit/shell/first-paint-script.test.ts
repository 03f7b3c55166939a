import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inlineScriptBodies } from '../../../build-tools/inline-script-hashes.js';
import {
	defaultExitDestination,
	exitDestinations,
	exitUrl,
	preferenceKeys
} from '$lib/features/device/preferences';
import { journalHereKey } from '$lib/vault/presence';

// app.html's first script runs before anything is drawn, outside the app's modules, so it
// repeats storage keys and Quick exit's destinations by hand. Run here against a stand-in page
// to keep it honest.
const [script] = inlineScriptBodies(readFileSync('src/app.html', 'utf8'));

type Click = (event: { target: unknown }) => void;

function firstPaint({
	path = '/',
	hash = '',
	saved = {},
	systemDark = false,
	storage = 'allowed'
}: {
	path?: string;
	hash?: string;
	saved?: Record<string, string>;
	systemDark?: boolean;
	storage?: 'allowed' | 'refused';
}) {
	const dataset: Record<string, string> = {};
	const clicks: Click[] = [];
	const replaced: string[] = [];
	const classes: string[] = [];
	const document = {
		documentElement: { dataset, classList: { add: (name: string) => classes.push(name) } },
		title: 'Waymark',
		addEventListener: (_type: string, listener: Click) => clicks.push(listener),
		removeEventListener: (_type: string, listener: Click) =>
			clicks.splice(clicks.indexOf(listener), 1)
	};
	const localStorage = {
		getItem(key: string) {
			if (storage === 'refused') throw new DOMException('refused', 'SecurityError');
			return saved[key] ?? null;
		}
	};
	const location = { pathname: path, hash, replace: (url: string) => replaced.push(url) };
	const run = new Function('document', 'localStorage', 'matchMedia', 'location', script);
	run(document, localStorage, () => ({ matches: systemDark }), location);
	return {
		dataset,
		classes,
		document,
		clicks,
		replaced,
		/** A tap on an element inside one matching `selector`, as the browser delivers it. */
		tap(selector: string) {
			const target = { closest: (wanted: string) => (wanted === selector ? {} : null) };
			for (const listener of [...clicks]) listener({ target });
		}
	};
}

describe('the first-paint script in app.html', () => {
	it('is there', () => {
		expect(script).toBeTruthy();
	});

	it('marks a returning person by the hint the vault keeps', () => {
		expect(firstPaint({ saved: { [journalHereKey]: '1' } }).dataset).toHaveProperty(
			'returning',
			''
		);
		expect(firstPaint({}).dataset).not.toHaveProperty('returning');
	});

	it('applies the theme the person chose, or their device’s', () => {
		const theme = (saved: string, systemDark = false) =>
			firstPaint({ saved: { [preferenceKeys.theme]: saved }, systemDark }).dataset.theme;
		expect(theme('dark')).toBe('dark');
		expect(theme('light', true)).toBe('light');
		expect(theme('system', true)).toBe('dark');
		expect(theme('<b>')).toBe('light');
	});

	it('leaves the worker’s /view to the device, and never marks it returning', () => {
		const saved = { [preferenceKeys.theme]: 'dark', [journalHereKey]: '1' };
		expect(firstPaint({ path: '/view', saved }).dataset).toEqual({ theme: 'light' });
		expect(firstPaint({ path: '/viewer', saved }).dataset).toEqual({
			theme: 'dark',
			returning: '',
			bootNow: ''
		});
	});

	it('asks for the scripts at once where the HTML has nothing of the screen to paint', () => {
		// A long link's summary and a returning person's unlock come from the scripts alone.
		expect(firstPaint({ path: '/view', hash: '#v1.abc.def' }).dataset).toHaveProperty('bootNow');
		expect(firstPaint({ saved: { [journalHereKey]: '1' } }).dataset).toHaveProperty('bootNow');
		// A short link's first screen and the welcome are in the HTML: they paint first.
		expect(firstPaint({ path: '/view', hash: '#v2.abc.def' }).dataset).toEqual({
			theme: 'light',
			link: 'short'
		});
		expect(firstPaint({}).dataset).not.toHaveProperty('bootNow');
	});

	it('makes Quick exit leave for the chosen page before the app has started', () => {
		for (const { id, url } of exitDestinations) {
			const page = firstPaint({ saved: { [preferenceKeys.exit]: id } });
			page.tap('.quick-exit');
			expect(page.replaced).toEqual([url]);
			// Hidden at once, as the app's own Quick exit does, before the next page arrives.
			expect(page.classes).toEqual(['leaving']);
			expect(page.document.title).toBe('');
		}
		const odd = firstPaint({ saved: { [preferenceKeys.exit]: '__proto__' } });
		odd.tap('.quick-exit');
		expect(odd.replaced).toEqual([exitUrl(defaultExitDestination)]);
	});

	it('still draws the first screen, and Quick exit still leaves, when storage is refused', () => {
		const page = firstPaint({ storage: 'refused', systemDark: true });
		expect(page.dataset).toEqual({ theme: 'dark' });
		page.tap('.quick-exit');
		expect(page.replaced).toEqual([exitUrl(defaultExitDestination)]);
	});

	it('leaves other taps alone, and stands down once the app has started', () => {
		const page = firstPaint({});
		page.tap('.help-now');
		expect(page.replaced).toEqual([]);
		page.dataset.started = '';
		page.tap('.quick-exit');
		expect(page.replaced).toEqual([]);
		expect(page.clicks).toEqual([]);
	});
});
