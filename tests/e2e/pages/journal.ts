import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { passphrase } from '../support/passphrase';
import { promptly } from '../support/promptly';

export { passphrase };

/** Setting up, unlocking and locking the journal, as a person does it. */
export class JournalPage {
	constructor(readonly page: Page) {}

	heading() {
		return this.page.getByRole('heading', { level: 1 });
	}

	/**
	 * First run, start to finish, with the device's real Argon2id calibration; returns the
	 * recovery key shown. Only tests about setting up need it: the rest start from `seed`.
	 */
	setUp(phrase = passphrase): Promise<string> {
		return test.step('set up a journal through the screens', async () => {
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
			await promptly(page, 'h1', 'My recovery journal');
			await expect(this.heading()).toHaveText('My recovery journal', { timeout: 15_000 });
			return key.join('-');
		});
	}

	/** Opens a seeded journal (the `seed` fixture) at its home screen. */
	open(phrase = passphrase) {
		return test.step('open the journal', async () => {
			await this.page.goto('/');
			await this.unlock(phrase);
			// Argon2id on a busy machine, as when setting up.
			await promptly(this.page, 'h1', 'My recovery journal');
			await expect(this.heading()).toHaveText('My recovery journal', { timeout: 15_000 });
		});
	}

	unlock(phrase = passphrase) {
		return test.step('unlock', async () => {
			await promptly(this.page, 'h1', 'Unlock my journal', 5_000);
			await expect(this.heading()).toHaveText('Unlock my journal');
			await this.page.getByLabel('Passphrase', { exact: true }).fill(phrase);
			await this.page.getByRole('button', { name: 'Unlock', exact: true }).click();
		});
	}

	unlockWithRecoveryKey(key: string) {
		return test.step('unlock with the recovery key', async () => {
			await this.page.getByRole('button', { name: 'Use my recovery key instead' }).click();
			await this.page.getByLabel('Recovery key').fill(key);
			await this.page.getByRole('button', { name: 'Unlock', exact: true }).click();
		});
	}

	lock() {
		return test.step('lock', async () => {
			await this.page.getByRole('button', { name: 'Lock', exact: true }).click();
			await promptly(this.page, 'h1', 'Unlock my journal', 5_000);
			await expect(this.heading()).toHaveText('Unlock my journal');
		});
	}

	goTo(screen: 'Home' | 'Journal' | 'Settings') {
		return test.step(`go to ${screen}`, () =>
			this.page
				.getByRole('navigation', { name: 'Main' })
				.getByRole('link', { name: screen })
				.click());
	}

	/** The backup screen, reached from Settings (a reload would lock the journal). */
	openBackup() {
		return test.step('open backup', async () => {
			await this.goTo('Settings');
			await this.page.getByRole('link', { name: 'Go to backup' }).click();
			await expect(this.heading()).toHaveText('Backup');
		});
	}

	writeEntry(title: string, text: string) {
		return test.step(`write the entry “${title}”`, async () => {
			const { page } = this;
			await this.goTo('Journal');
			await page.getByRole('link', { name: 'New entry' }).click();
			await page.getByLabel('Title (optional)').fill(title);
			await page.getByLabel('What’s on my mind').fill(text);
			await this.waitUntilSaved();
		});
	}

	/** Leaves the entry and opens it again: a new sitting, so the next change keeps this version. */
	reopen(title: string) {
		return test.step(`reopen “${title}”`, async () => {
			await this.page.getByRole('button', { name: 'Done' }).click();
			await expect(this.heading()).toHaveText('Journal');
			await this.page.getByRole('link', { name: new RegExp(`^${title} Written`) }).click();
			await expect(this.heading()).toHaveText('Edit entry');
		});
	}

	/** Entries save themselves a moment after typing stops. */
	async waitUntilSaved() {
		await expect(this.page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
	}
}
