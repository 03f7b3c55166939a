import type { HelpCountryId } from '$lib/domain/help-lines';
import { exitUrl, preferences, type ExitDestinationId, type ThemeChoice } from './preferences';

const darkQuery = '(prefers-color-scheme: dark)';

/** The device preferences, shared by the shell (theme, Quick exit) and the settings screen. */
class Settings {
	#saved = preferences();
	#systemDark = $state(false);
	#saveFailed = $state(false);

	constructor() {
		if (typeof matchMedia === 'function') {
			const query = matchMedia(darkQuery);
			this.#systemDark = query.matches;
			query.addEventListener('change', (event) => (this.#systemDark = event.matches));
		}
	}

	get theme() {
		return this.#saved.theme.value;
	}
	set theme(choice: ThemeChoice) {
		this.#saveFailed = !this.#saved.theme.set(choice);
	}

	/** The theme on screen now: the person's choice, or the device's when they chose "system". */
	readonly effectiveTheme = $derived<'light' | 'dark'>(
		this.theme === 'system' ? (this.#systemDark ? 'dark' : 'light') : this.theme
	);

	get exitDestination() {
		return this.#saved.exit.value;
	}
	set exitDestination(id: ExitDestinationId) {
		this.#saveFailed = !this.#saved.exit.set(id);
	}

	get exitUrl() {
		return exitUrl(this.#saved.exit.value);
	}

	/** Whose national lines Help now shows. */
	get helpCountry() {
		return this.#saved.country.value;
	}
	set helpCountry(id: HelpCountryId) {
		this.#saveFailed = !this.#saved.country.set(id);
	}

	/** True when the browser would not keep the last choice (it still applies until the app closes). */
	get saveFailed() {
		return this.#saveFailed;
	}
}

export const settings = new Settings();
