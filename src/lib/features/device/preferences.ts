// Device preferences that hold nothing about the person (theme, where Quick exit goes, which
// country's lines Help now shows: someone holding the phone learns a country, nothing more).
// They live in localStorage so they apply before the journal is unlocked; journal content never does.

import { parseHelpCountry } from '$lib/domain/help-lines';

export const themeChoices = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof themeChoices)[number];

export interface ExitDestination {
	id: string;
	/** Where Quick exit goes: an ordinary page another person would not look at twice. */
	url: string;
}

// These are places the browser is sent to when the person leaves, never fetched by the app.
export const exitDestinations = [
	{ id: 'weather', url: 'https://duckduckgo.com/?q=weather+forecast' },
	{ id: 'news', url: 'https://www.bbc.co.uk/news' },
	{ id: 'encyclopedia', url: 'https://en.wikipedia.org/wiki/Special:Random' },
	{ id: 'blank', url: 'about:blank' }
] as const satisfies readonly ExitDestination[];
export type ExitDestinationId = (typeof exitDestinations)[number]['id'];

export const defaultTheme: ThemeChoice = 'system';
export const defaultExitDestination: ExitDestinationId = 'weather';

const keys = {
	theme: 'waymark.theme',
	exit: 'waymark.quick-exit',
	country: 'waymark.help-country'
} as const;

export function parseTheme(value: unknown): ThemeChoice {
	return themeChoices.find((choice) => choice === value) ?? defaultTheme;
}

export function parseExitDestination(value: unknown): ExitDestinationId {
	return exitDestinations.find((d) => d.id === value)?.id ?? defaultExitDestination;
}

export function exitUrl(id: ExitDestinationId): string {
	return exitDestinations.find((d) => d.id === id)?.url ?? 'about:blank';
}

/** The storage the preferences use; a parameter so tests and blocked-storage browsers both work. */
export type PreferenceStore = Pick<Storage, 'getItem' | 'setItem'>;

/** localStorage, or nothing when the browser blocks it (some private modes throw on access). */
export function browserStore(): PreferenceStore | undefined {
	try {
		return globalThis.localStorage ?? undefined;
	} catch {
		return undefined;
	}
}

export function loadPreferences(store: PreferenceStore | undefined) {
	const read = (key: string) => {
		try {
			return store?.getItem(key);
		} catch {
			return null;
		}
	};
	return {
		theme: parseTheme(read(keys.theme)),
		exit: parseExitDestination(read(keys.exit)),
		country: parseHelpCountry(read(keys.country))
	};
}

/** Saves one preference; returns false when the browser refuses, so the screen can say so. */
export function savePreference(
	store: PreferenceStore | undefined,
	name: keyof typeof keys,
	value: string
): boolean {
	try {
		if (!store) return false;
		store.setItem(keys[name], value);
		return true;
	} catch {
		return false;
	}
}
