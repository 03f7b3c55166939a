import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { promptly } from '../support/promptly';
import { JournalPage, passphrase } from './journal';

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

	open(path = '/') {
		return test.step(`open ${path}`, async () => {
			await this.page.goto(path);
			await promptly(this.page, 'html[data-started] h1', undefined, 5_000);
			await expect(this.heading()).toBeVisible();
			// A prerendered screen (the welcome) shows before the app has started, and hydrating
			// it may still change the page: what a test does next needs the app running.
			await expect(this.page.locator('html[data-started]')).toHaveCount(1);
		});
	}

	/** Opens a screen by its address, as from a bookmark: the page load locks the journal, so it
	 * asks for the passphrase before the screen is shown. */
	openUnlocked(path = '/', phrase = passphrase) {
		return test.step(`open ${path} and unlock`, async () => {
			await this.page.goto(path);
			await new JournalPage(this.page).unlock(phrase);
			// Argon2id on a busy machine, as when setting up.
			await promptly(this.page, 'nav.app-nav');
			await expect(this.nav).toBeVisible({ timeout: 15_000 });
		});
	}

	goTo(label: 'Home' | 'My plan' | 'Journey' | 'Journal' | 'Settings') {
		return test.step(`go to ${label}`, async () => {
			await this.nav.getByRole('link', { name: label }).click();
			await expect(this.nav.getByRole('link', { name: label })).toHaveAttribute(
				'aria-current',
				'page'
			);
		});
	}

	/** Waits until the service worker has precached the app and controls the page, and the app
	 * has told the person so. */
	waitUntilReadyOffline() {
		return test.step('wait until ready offline', async () => {
			// The whole precache downloads first, which takes a while on a busy machine.
			await expect(
				this.page.getByText('Ready to use without a connection on this device.')
			).toBeVisible({ timeout: 30_000 });
			// Activated is not enough: until it controls the page, an update check made at once can
			// fail (Chromium answers "Not found" for the registration).
			await this.page.waitForFunction(async () => {
				const registration = await navigator.serviceWorker.getRegistration();
				const activated = registration?.active?.state === 'activated';
				return activated && navigator.serviceWorker.controller !== null;
			});
		});
	}
}
