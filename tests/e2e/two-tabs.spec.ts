import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { findSection } from '../../src/lib/domain/plan/plan-sections';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app';
import { JournalPage, passphrase } from './pages/journal';
import { PlanPage } from './pages/plan';
import { makeBackup } from './support/make-backup';

// The same journal open in two tabs of one browser: nothing either tab writes is lost or hidden.

const aboutMe = findSection('about-me')!;
const keptOther =
	'Saved, and the words another tab saved here are kept among the earlier versions.';

/** A second tab of the same browser, unlocked at `path`. */
async function secondTab(page: Page, path: string) {
	const other = await page.context().newPage();
	await new AppPage(other).openUnlocked(path);
	return other;
}

/** Opens every earlier version of the section on screen, to read them all. */
async function openEarlierVersions(page: Page) {
	const history = page.getByRole('region', { name: 'Earlier versions' });
	await expect(history.getByRole('group').first()).toBeVisible();
	for (const version of await history.getByText(/^Version of /).all()) await version.click();
	return history;
}

async function saveBackup(page: Page): Promise<string> {
	await new JournalPage(page).openBackup();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Save a backup file' }).click();
	return readFile((await (await download).path())!, 'utf8');
}

async function openBackupFile(page: Page, contents: string, secret = passphrase) {
	await page.getByLabel('Backup file').setInputFiles({
		name: 'journal.waymark',
		mimeType: 'application/json',
		buffer: Buffer.from(contents)
	});
	await page.getByLabel('Backup’s passphrase').fill(secret);
	await page.getByRole('button', { name: 'Open backup' }).click();
}

test.describe('two tabs', () => {
	test('the same section edited in both tabs keeps both, and says so', async ({ page, seed }) => {
		test.setTimeout(60_000);
		const plan = new PlanPage(page);
		await seed((j) => j.plan('about-me', { whoIAm: 'As I first wrote it' }));
		await new JournalPage(page).open();
		await plan.openOverview();
		await plan.openSection(aboutMe);
		await expect(page.getByLabel('Who I am')).toHaveValue('As I first wrote it');

		const other = await secondTab(page, '/plan');
		const otherPlan = new PlanPage(other);
		await otherPlan.openSection(aboutMe);
		await plan.backToOverview();
		await plan.openSection(aboutMe);

		await page.getByLabel('Who I am').fill('Words from the first tab');
		await plan.waitUntilSaved();
		await other.getByLabel('Who I am').fill('Words from the second tab');
		await expect(other.getByRole('status').filter({ hasText: /^Saved/ })).toBeVisible();

		// The second tab's words are current, and the first tab's are in the history.
		await plan.backToOverview();
		await plan.openSection(aboutMe);
		await expect(page.getByLabel('Who I am')).toHaveValue('Words from the second tab');
		const history = await openEarlierVersions(page);
		await expect(history.getByText('Words from the first tab')).toBeVisible();
		// The tab that saved over them says so, where it says Saved.
		await expect(other.getByRole('status').filter({ hasText: keptOther })).toBeVisible();
	});

	test('a section started in both tabs is one record, holding both tabs’ words', async ({
		page,
		seed
	}) => {
		test.setTimeout(60_000);
		const plan = new PlanPage(page);
		await seed();
		await new JournalPage(page).open();
		await plan.openOverview();
		await plan.openSection(aboutMe);
		const other = await secondTab(page, '/plan');
		await new PlanPage(other).openSection(aboutMe);

		await page.getByLabel('Who I am').fill('Started in the first tab');
		await plan.waitUntilSaved();
		await other.getByLabel('Who I am').fill('Started in the second tab');
		await expect(other.getByRole('status').filter({ hasText: /^Saved/ })).toBeVisible();

		await plan.backToOverview();
		await plan.openSection(aboutMe);
		await expect(page.getByLabel('Who I am')).toHaveValue('Started in the second tab');
		const history = await openEarlierVersions(page);
		await expect(history.getByText('Started in the first tab')).toBeVisible();
		// The tab that saved over them says so, where it says Saved.
		await expect(other.getByRole('status').filter({ hasText: keptOther })).toBeVisible();
	});

	test('replacing the journal from a backup locks the other tab, which opens the new journal', async ({
		page,
		seed
	}) => {
		test.setTimeout(60_000);
		const journal = new JournalPage(page);
		const { written: entry } = await seed((j) =>
			j.entry({ title: 'Evening', text: 'Written before the backup replaced it' })
		);
		await new AppPage(page).openUnlocked(`/journal/${entry}`);
		await expect(page.getByLabel('What’s on my mind')).toHaveValue(
			'Written before the backup replaced it'
		);
		const other = await secondTab(page, '/settings');
		const otherJournal = new JournalPage(other);
		await otherJournal.openBackup();

		const backupPassphrase = 'the backup’s own passphrase';
		await openBackupFile(other, await makeBackup(backupPassphrase, 1, 100), backupPassphrase);
		await other.getByRole('radio', { name: 'Replace my journal with the backup' }).check();
		await other.getByRole('button', { name: 'Import' }).click();
		await other.getByRole('button', { name: 'Replace my journal' }).click();
		await expect(other.getByText('My journal was replaced by the backup.')).toBeVisible();

		// The first tab held the discarded key: it locks, and unlocks with the backup's passphrase.
		await expect(journal.heading()).toHaveText('Unlock my journal');
		await expect(page.getByText('Written before the backup replaced it')).toHaveCount(0);
		await journal.unlock(backupPassphrase);
		await journal.goTo('Journal');
		await expect(page.getByRole('link', { name: /^Imported 1 Written/ })).toBeVisible();
		await expect(page.getByRole('link', { name: /^Evening/ })).toHaveCount(0);
	});

	test('erasing the journal in one tab closes it in the other', async ({ page, seed }) => {
		test.setTimeout(60_000);
		const journal = new JournalPage(page);
		const { written: entry } = await seed((j) =>
			j.entry({ title: 'Evening', text: 'Written before the journal was erased' })
		);
		await new AppPage(page).openUnlocked(`/journal/${entry}`);
		await expect(page.getByLabel('What’s on my mind')).toHaveValue(
			'Written before the journal was erased'
		);
		const other = await secondTab(page, '/settings');
		await other.getByRole('button', { name: 'Erase this journal…' }).click();
		await other.getByLabel('Confirmation').fill('ERASE');
		await other.getByRole('button', { name: 'Erase everything' }).click();
		await expect(journal.heading()).toHaveText('My journal was erased');
		await expect(page.getByText('Written before the journal was erased')).toHaveCount(0);
	});

	test('a merge planned before the other tab edited an item keeps that edit', async ({
		page,
		seed
	}) => {
		test.setTimeout(90_000);
		const journal = new JournalPage(page);
		await seed((j) => j.entry({ title: 'Sea', text: 'First words' }));
		await journal.open();
		const first = await saveBackup(page);
		await journal.goTo('Journal');
		await page.getByRole('link', { name: /^Sea Written/ }).click();
		await page.getByLabel('What’s on my mind').fill('Newer in the backup');
		await journal.waitUntilSaved();
		const newer = await saveBackup(page);
		// Back to the first backup, so the newer one has something to merge over.
		await openBackupFile(page, first);
		await page.getByRole('radio', { name: 'Replace my journal with the backup' }).check();
		await page.getByRole('button', { name: 'Import' }).click();
		await page.getByRole('button', { name: 'Replace my journal' }).click();
		await expect(page.getByText('My journal was replaced by the backup.')).toBeVisible();

		const other = await secondTab(page, '/journal');
		await other.getByRole('link', { name: /^Sea Written/ }).click();
		await expect(other.getByLabel('What’s on my mind')).toHaveValue('First words');

		await openBackupFile(page, newer);
		await expect(page.getByText(/1 item newer in the backup/)).toBeVisible();
		await other.getByLabel('What’s on my mind').fill('Edited in the other tab');
		await new JournalPage(other).waitUntilSaved();
		await page.getByRole('button', { name: 'Import' }).click();
		await expect(page.getByText('The backup was added to my journal.')).toBeVisible();

		await journal.goTo('Journal');
		await page.getByRole('link', { name: /^Sea Written/ }).click();
		await expect(page.getByLabel('What’s on my mind')).toHaveValue('Edited in the other tab');
	});
});
