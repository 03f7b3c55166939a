// Device preferences that hold nothing about the person (theme, where Quick exit goes, which
// country's lines Help now shows: someone holding the phone learns a country, nothing more).
// They live in localStorage so they apply before the journal is unlocked; journal content never does.

import { parseHelpCountry } from '$lib/domain/help-lines';
import { browserStore, PersistedValue, type ValueStore } from './persisted-value.svelte';

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

export const preferenceKeys = {
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

/** The three preferences, read from `store` (localStorage unless a test gives its own). */
export function preferences(store: ValueStore | undefined = browserStore()) {
	return {
		theme: new PersistedValue(preferenceKeys.theme, parseTheme, { store }),
		exit: new PersistedValue(preferenceKeys.exit, parseExitDestination, { store }),
		country: new PersistedValue(preferenceKeys.country, parseHelpCountry, { store })
	};
}
