import type { HelpCountryId } from '$lib/domain/help-lines';
import {
	browserStore,
	exitUrl,
	loadPreferences,
	savePreference,
	type ExitDestinationId,
	type ThemeChoice
} from './preferences';

const darkQuery = '(prefers-color-scheme: dark)';

/** The device preferences, shared by the shell (theme, Quick exit) and the settings screen. */
class Settings {
	#store = browserStore();
	#theme = $state<ThemeChoice>('system');
	#exit = $state<ExitDestinationId>('weather');
	#country = $state<HelpCountryId>('gb');
	#systemDark = $state(false);
	#saveFailed = $state(false);

	constructor() {
		const saved = loadPreferences(this.#store);
		this.#theme = saved.theme;
		this.#exit = saved.exit;
		this.#country = saved.country;
		if (typeof matchMedia === 'function') {
			const query = matchMedia(darkQuery);
			this.#systemDark = query.matches;
			query.addEventListener('change', (event) => (this.#systemDark = event.matches));
		}
	}

	get theme() {
		return this.#theme;
	}
	set theme(choice: ThemeChoice) {
		this.#theme = choice;
		this.#saveFailed = !savePreference(this.#store, 'theme', choice);
	}

	/** The theme on screen now: the person's choice, or the device's when they chose "system". */
	readonly effectiveTheme = $derived<'light' | 'dark'>(
		this.#theme === 'system' ? (this.#systemDark ? 'dark' : 'light') : this.#theme
	);

	get exitDestination() {
		return this.#exit;
	}
	set exitDestination(id: ExitDestinationId) {
		this.#exit = id;
		this.#saveFailed = !savePreference(this.#store, 'exit', id);
	}

	get exitUrl() {
		return exitUrl(this.#exit);
	}

	/** Whose national lines Help now shows. */
	get helpCountry() {
		return this.#country;
	}
	set helpCountry(id: HelpCountryId) {
		this.#country = id;
		this.#saveFailed = !savePreference(this.#store, 'country', id);
	}

	/** True when the browser would not keep the last choice (it still applies until the app closes). */
	get saveFailed() {
		return this.#saveFailed;
	}
}

export const settings = new Settings();
