import type { Page } from '@playwright/test';
import { expect } from '../fixtures';
import { JournalPage } from './journal';

/** The app's frame as a person meets it: navigation, Quick exit, and readiness for offline use. */
export class AppPage {
	constructor(readonly page: Page) {}

	get nav() {
		return this.page.getByRole('navigation', { name: 'Main' });
	}
	get quickExit() {
		return this.page.getByRole('button', { name: 'Quick exit' });
	}
	heading() {
		return this.page.getByRole('heading', { level: 1 });
	}

	async open(path = '/') {
		await this.page.goto(path);
		await expect(this.heading()).toBeVisible();
	}

	/** Opens a screen by its address, as from a bookmark: the page load locks the journal, so it
	 * asks for the passphrase before the screen is shown. */
	async openUnlocked(path = '/') {
		await this.page.goto(path);
		await new JournalPage(this.page).unlock();
		await expect(this.nav).toBeVisible();
	}

	async goTo(label: 'Home' | 'My plan' | 'Journey' | 'Journal' | 'Settings') {
		await this.nav.getByRole('link', { name: label }).click();
		await expect(this.nav.getByRole('link', { name: label })).toHaveAttribute(
			'aria-current',
			'page'
		);
	}

	/** Waits until the service worker has precached the app and controls the page. */
	async waitUntilReadyOffline() {
		await this.page.waitForFunction(async () => {
			const registration = await navigator.serviceWorker.getRegistration();
			return registration?.active?.state === 'activated';
		});
	}
}
