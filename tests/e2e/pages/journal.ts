import type { Page } from '@playwright/test';
import { expect } from '../fixtures';

export const passphrase = 'kettle orbit velvet lantern';

/** Setting up, unlocking and locking the journal, as a person does it. */
export class JournalPage {
	constructor(readonly page: Page) {}

	heading() {
		return this.page.getByRole('heading', { level: 1 });
	}

	/** First run, start to finish; returns the recovery key shown. */
	async setUp(phrase = passphrase): Promise<string> {
		const { page } = this;
		await page.goto('/');
		await expect(this.heading()).toHaveText('Welcome to Waymark');
		await page.getByRole('button', { name: 'Set up my journal' }).click();
		await page.getByLabel('Passphrase', { exact: true }).fill(phrase);
		await page.getByLabel('Type it again').fill(phrase);
		await page.getByRole('button', { name: 'Continue' }).click();
		await expect(this.heading()).toHaveText('Save my recovery key');
		const key = (await page.getByLabel('My recovery key', { exact: true }).innerText())
			.trim()
			.split(/\s+/);
		await page.getByLabel('I’ve saved my recovery key somewhere safe.').check();
		await page.getByRole('button', { name: 'Create my journal' }).click();
		await expect(this.heading()).toHaveText('My recovery journal', { timeout: 15_000 });
		return key.join('-');
	}

	async unlock(phrase = passphrase) {
		await expect(this.heading()).toHaveText('Unlock my journal');
		await this.page.getByLabel('Passphrase', { exact: true }).fill(phrase);
		await this.page.getByRole('button', { name: 'Unlock', exact: true }).click();
	}

	async unlockWithRecoveryKey(key: string) {
		await this.page.getByRole('button', { name: 'Use my recovery key instead' }).click();
		await this.page.getByLabel('Recovery key').fill(key);
		await this.page.getByRole('button', { name: 'Unlock', exact: true }).click();
	}

	async lock() {
		await this.page.getByRole('button', { name: 'Lock', exact: true }).click();
		await expect(this.heading()).toHaveText('Unlock my journal');
	}

	async goTo(screen: 'Home' | 'Journal' | 'Settings') {
		await this.page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: screen })
			.click();
	}

	/** The backup screen, reached from Settings (a reload would lock the journal). */
	async openBackup() {
		await this.goTo('Settings');
		await this.page.getByRole('link', { name: 'Go to backup' }).click();
		await expect(this.heading()).toHaveText('Backup');
	}

	async writeEntry(title: string, text: string) {
		const { page } = this;
		await this.goTo('Journal');
		await page.getByRole('link', { name: 'New entry' }).click();
		await page.getByLabel('Title (optional)').fill(title);
		await page.getByLabel('What’s on my mind').fill(text);
		await this.waitUntilSaved();
	}

	/** Leaves the entry and opens it again: a new sitting, so the next change keeps this version. */
	async reopen(title: string) {
		await this.page.getByRole('button', { name: 'Done' }).click();
		await expect(this.heading()).toHaveText('Journal');
		await this.page.getByRole('link', { name: new RegExp(`^${title} Written`) }).click();
		await expect(this.heading()).toHaveText('Edit entry');
	}

	/** Entries save themselves a moment after typing stops. */
	async waitUntilSaved() {
		await expect(this.page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
	}
}
