import type { Workbox } from 'workbox-window';

export type UpdateCheck = 'idle' | 'checking' | 'up-to-date' | 'downloading' | 'failed';

// Browsers look for a new service worker on navigation too; this adds a check when the app
// comes back to the foreground, at most once an hour.
const foregroundCheckInterval = 60 * 60 * 1000;
const takeoverTimeout = 4000;

/**
 * The service worker's life as the person sees it: ready offline, and a new version that waits
 * until they choose to reload (never a reload they did not ask for, so nothing typed is lost).
 */
class AppUpdate {
	#workbox: Workbox | undefined;
	#registration: ServiceWorkerRegistration | undefined;
	#reloadRequested = false;
	#lastCheck = 0;
	#supported = $state(true);
	#offlineReady = $state(false);
	#updateReady = $state(false);
	#dismissed = $state(false);
	#check = $state<UpdateCheck>('idle');

	get supported() {
		return this.#supported;
	}
	get offlineReady() {
		return this.#offlineReady;
	}
	get updateReady() {
		return this.#updateReady;
	}
	get check() {
		return this.#check;
	}
	/** The banner shows until the person picks "Later"; settings keeps offering the reload. */
	get showPrompt() {
		return this.#updateReady && !this.#dismissed;
	}

	async start(scriptUrl = '/sw.js') {
		if (!('serviceWorker' in navigator)) {
			this.#supported = false;
			return;
		}
		// Loaded on its own, after the first screen is up: it is not needed to show anything.
		const { Workbox } = await import('workbox-window');
		const workbox = new Workbox(scriptUrl, { scope: '/' });
		this.#workbox = workbox;
		workbox.addEventListener('waiting', () => {
			this.#updateReady = true;
			this.#dismissed = false;
			this.#check = 'idle';
		});
		workbox.addEventListener('controlling', (event) => {
			if (this.#reloadRequested) location.reload();
			// Another tab accepted the update: this page still runs the old code, so offer a reload.
			else if (event.isUpdate) this.#updateReady = true;
		});
		document.addEventListener('visibilitychange', () => {
			if (
				document.visibilityState === 'visible' &&
				Date.now() - this.#lastCheck > foregroundCheckInterval
			)
				void this.checkNow();
		});
		this.#lastCheck = Date.now();
		// Registration can be refused (service workers blocked by a policy or setting): Waymark
		// then works as a plain page, without offline use or update prompts.
		const registration = await workbox.register().catch(() => undefined);
		if (!registration) {
			this.#supported = false;
			return;
		}
		this.#registration = registration;
		await navigator.serviceWorker.ready;
		this.#offlineReady = true;
	}

	/** Asks the server for a newer version; the prompt appears once it has downloaded. */
	async checkNow() {
		const registration = this.#registration;
		if (!this.#workbox || !registration) return;
		this.#lastCheck = Date.now();
		this.#check = 'checking';
		try {
			await this.#workbox.update();
			if (registration.waiting) this.#check = 'idle';
			else this.#check = registration.installing ? 'downloading' : 'up-to-date';
		} catch {
			this.#check = 'failed';
		}
	}

	later() {
		this.#dismissed = true;
	}

	/** Switches to the waiting version; the page reloads once it has taken over. */
	reload() {
		this.#reloadRequested = true;
		if (!this.#registration?.waiting) return location.reload();
		this.#workbox?.messageSkipWaiting();
		// The new version normally takes over within moments; never leave the person waiting.
		setTimeout(() => location.reload(), takeoverTimeout);
	}
}

export const appUpdate = new AppUpdate();
