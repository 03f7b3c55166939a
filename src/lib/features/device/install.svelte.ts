// Chromium's install prompt event; not in TypeScript's DOM types.
interface BeforeInstallPromptEvent extends Event {
	prompt(): Promise<void>;
	userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/** Whether Waymark runs installed, and the browser's own install prompt when it offers one. */
class Install {
	#prompt = $state.raw<BeforeInstallPromptEvent | null>(null);
	#installed = $state(false);
	#ios = $state(false);

	/** Call once, early: the browser offers its prompt only once per page load. */
	start() {
		const standalone = (navigator as Navigator & { standalone?: boolean }).standalone === true;
		this.#installed = standalone || matchMedia('(display-mode: standalone)').matches;
		// iPadOS reports itself as a Mac; touch points tell them apart.
		this.#ios =
			/iPhone|iPad|iPod/.test(navigator.userAgent) ||
			(/Macintosh/.test(navigator.userAgent) && navigator.maxTouchPoints > 1);
		addEventListener('beforeinstallprompt', (event) => {
			event.preventDefault();
			this.#prompt = event as BeforeInstallPromptEvent;
		});
		addEventListener('appinstalled', () => {
			this.#installed = true;
			this.#prompt = null;
		});
	}

	get installed() {
		return this.#installed;
	}
	get canPrompt() {
		return this.#prompt !== null;
	}
	get ios() {
		return this.#ios;
	}

	async prompt() {
		const event = this.#prompt;
		if (!event) return;
		this.#prompt = null;
		await event.prompt();
		if ((await event.userChoice).outcome === 'accepted') this.#installed = true;
	}
}

export const install = new Install();
