import { describe, expect, it } from 'vitest';
import {
	exitDestinations,
	exitUrl,
	parseExitDestination,
	parseTheme,
	preferences
} from '$lib/features/device/preferences';
import type { ValueStore } from '$lib/features/device/persisted-value.svelte';

type PreferenceStore = ValueStore;

/** What the preferences hold when read from `store`. */
function loadPreferences(store: PreferenceStore | undefined) {
	const { theme, exit, country } = preferences(store);
	return { theme: theme.value, exit: exit.value, country: country.value };
}

function savePreference(
	store: PreferenceStore | undefined,
	name: keyof ReturnType<typeof preferences>,
	value: string
) {
	return (preferences(store)[name] as { set: (value: string) => boolean }).set(value);
}

function memoryStore(
	initial: Record<string, string> = {}
): PreferenceStore & { data: Record<string, string> } {
	const data = { ...initial };
	return {
		data,
		getItem: (key) => data[key] ?? null,
		setItem: (key, value) => void (data[key] = value),
		removeItem: (key) => void delete data[key]
	};
}

const throwingStore: PreferenceStore = {
	getItem: () => {
		throw new DOMException('denied', 'SecurityError');
	},
	setItem: () => {
		throw new DOMException('full', 'QuotaExceededError');
	},
	removeItem: () => {
		throw new DOMException('denied', 'SecurityError');
	}
};

describe('device preferences', () => {
	it('defaults to the system theme, a weather search for Quick exit and the UK for Help now', () => {
		const defaults = { theme: 'system', exit: 'weather', country: 'gb' };
		expect(loadPreferences(memoryStore())).toEqual(defaults);
		expect(loadPreferences(undefined)).toEqual(defaults);
	});

	it('reads back what was saved', () => {
		const store = memoryStore();
		expect(savePreference(store, 'theme', 'dark')).toBe(true);
		expect(savePreference(store, 'exit', 'blank')).toBe(true);
		expect(savePreference(store, 'country', 'ie')).toBe(true);
		expect(loadPreferences(store)).toEqual({ theme: 'dark', exit: 'blank', country: 'ie' });
		expect(store.data).toEqual({
			'waymark.theme': 'dark',
			'waymark.quick-exit': 'blank',
			'waymark.help-country': 'ie'
		});
	});

	it('ignores values it does not know instead of failing', () => {
		expect(parseTheme('purple')).toBe('system');
		expect(parseTheme(null)).toBe('system');
		expect(parseExitDestination('javascript:alert(1)')).toBe('weather');
		expect(loadPreferences(memoryStore({ 'waymark.theme': '{"x":1}' })).theme).toBe('system');
		expect(loadPreferences(memoryStore({ 'waymark.help-country': 'zz' })).country).toBe('gb');
	});

	it('keeps working when the browser refuses storage', () => {
		expect(loadPreferences(throwingStore)).toEqual({
			theme: 'system',
			exit: 'weather',
			country: 'gb'
		});
		expect(savePreference(throwingStore, 'theme', 'light')).toBe(false);
		expect(savePreference(undefined, 'theme', 'light')).toBe(false);
	});

	it('sends Quick exit only to https pages or a blank page', () => {
		for (const { id } of exitDestinations) {
			const url = new URL(exitUrl(id));
			expect(['https:', 'about:']).toContain(url.protocol);
		}
		expect(exitUrl('blank')).toBe('about:blank');
	});
});
