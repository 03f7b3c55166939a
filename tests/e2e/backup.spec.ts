import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { JournalPage, passphrase } from './pages/journal';
import { seededBackup, unchangingKeys } from './support/journal-seed';
import { makeBackup } from './support/make-backup';
import { readRawDatabase } from './support/raw-indexeddb';

async function saveBackup(page: Page): Promise<string> {
	await new JournalPage(page).openBackup();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Save a backup file' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/^waymark-backup-\d{4}-\d{2}-\d{2}\.waymark$/);
	await expect(page.getByText(/Backup saved with \d+ items?\./)).toBeVisible();
	return readFile((await file.path())!, 'utf8');
}

function chooseFile(page: Page, contents: string, name = 'journal.waymark') {
	return page
		.getByLabel('Backup file')
		.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(contents) });
}

test.describe('backup and restore', () => {
	test('restores a backup on a fresh device, history included', async ({ page, browser }) => {
		// Three journals opened with Argon2id: slower than most tests.
		test.setTimeout(90_000);
		const journal = new JournalPage(page);
		const recoveryKey = await journal.setUp();
		await journal.writeEntry('Sea', 'a walk by the sea');
		await journal.reopen('Sea');
		await page.getByLabel('What’s on my mind').fill('a long walk by the sea');
		await journal.waitUntilSaved();
		await expect(page.getByText('Version 1,')).toBeVisible();
		await journal.writeEntry('Sister', 'called my sister');
		const backup = await saveBackup(page);
		// Whole phrases and longer words: a three-letter word turns up by chance in about one
		// backup in 170, inside the random base64url of its ciphertexts (spaces never do).
		for (const words of [
			'a walk by the sea',
			'a long walk by the sea',
			'called my sister',
			'Sister'
		])
			expect(backup).not.toContain(words);
		// The reminder on the home screen is gone once a backup exists.
		await journal.goTo('Home');
		await expect(page.getByRole('heading', { name: 'Keep a copy of my journal safe' })).toHaveCount(
			0
		);

		for (const secret of ['passphrase', 'recovery key'] as const) {
			const fresh = await browser.newContext();
			const other = await fresh.newPage();
			const otherJournal = new JournalPage(other);
			await other.goto('/');
			await other.getByRole('button', { name: 'Restore from a backup' }).click();
			await chooseFile(other, backup);
			await expect(other.getByText(/A backup made on .*, holding 2 items\./)).toBeVisible();
			if (secret === 'passphrase') {
				await other.getByLabel('Backup’s passphrase').fill(passphrase);
			} else {
				await other.getByRole('button', { name: 'Use the recovery key instead' }).click();
				await other.getByLabel('Backup’s recovery key').fill(recoveryKey);
			}
			await other.getByRole('button', { name: 'Open backup' }).click();
			await expect(
				other.getByText('Every item checked: the backup holds 2 items and 1 earlier version.')
			).toBeVisible();
			await other.getByRole('button', { name: 'Restore my journal' }).click();
			await expect(otherJournal.heading()).toHaveText('My recovery journal');
			await otherJournal.goTo('Journal');
			await other.getByRole('link', { name: /^Sea Written/ }).click();
			await expect(other.getByLabel('What’s on my mind')).toHaveValue('a long walk by the sea');
			await expect(other.getByText('Version 1,')).toBeVisible();
			// It opens with the backup's passphrase from now on.
			await otherJournal.lock();
			await otherJournal.unlock(passphrase);
			await expect(other.getByLabel('What’s on my mind')).toHaveValue('a long walk by the sea');
			await fresh.close();
		}
	});

	test('merges a backup from another journal, saying first what will happen', async ({
		page,
		seed
	}) => {
		test.setTimeout(60_000);
		const { backup } = await seededBackup(
			(j) => j.entry({ title: 'From elsewhere', text: 'written on my old phone' }),
			{ passphrase: 'another journal entirely' }
		);

		const journal = new JournalPage(page);
		await seed((j) => j.entry({ title: 'Here', text: 'written on this phone' }));
		await journal.open();
		await journal.openBackup();
		await chooseFile(page, backup);
		await page.getByLabel('Backup’s passphrase').fill('another journal entirely');
		await page.getByRole('button', { name: 'Open backup' }).click();
		await expect(page.getByRole('radio', { name: 'Add the backup to my journal' })).toBeChecked();
		await expect(page.getByText(/1 item new; 0 items already here\./)).toBeVisible();
		await page.getByRole('button', { name: 'Import' }).click();
		await expect(page.getByText('The backup was added to my journal.')).toBeVisible();
		await journal.goTo('Journal');
		await expect(page.getByRole('link', { name: /From elsewhere/ })).toBeVisible();
		await expect(page.getByRole('link', { name: /Here/ })).toBeVisible();
		// This journal's passphrase is unchanged.
		await journal.lock();
		await journal.unlock();
		await expect(journal.heading()).toHaveText('Journal');
	});

	test.describe('a bad backup is explained and changes nothing', () => {
		const spoil: [string, (text: string) => string, string][] = [
			[
				'cut short',
				(t) => t.slice(0, Math.floor(t.length * 0.6)),
				"This file isn't complete: it may have been cut short"
			],
			['not a backup', () => '<html>a web page</html>', "This isn't a Waymark backup."],
			['that is empty', () => '', 'This file is empty'],
			['another JSON file', () => '{"name":"shopping list"}', "This isn't a Waymark backup."],
			[
				'from a newer Waymark',
				(t) => JSON.stringify({ ...JSON.parse(t), version: 99 }),
				'This backup was made by a newer version of Waymark.'
			]
		];
		// The database is compared before and after: its keys must not be strengthened meanwhile.
		const mine = { title: 'Mine', text: 'must stay exactly as it is' };

		for (const [name, change, message] of spoil)
			test(`refuses a file ${name} before asking for a key`, async ({ page, seed }) => {
				const journal = new JournalPage(page);
				await seed((j) => j.entry(mine), { cost: unchangingKeys });
				await journal.open();
				const backup = await saveBackup(page);
				const before = await readRawDatabase(page);
				await chooseFile(page, change(backup));
				await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
				await expect(page.getByRole('button', { name: 'Open backup' })).toHaveCount(0);
				expect(await readRawDatabase(page)).toEqual(before);
			});

		test('refuses an altered record, a wrong passphrase and a wrong recovery key', async ({
			page,
			seed
		}) => {
			const journal = new JournalPage(page);
			// A backup of a journal of its own, made at the minimum cost: each try to open it is quick.
			const { backup } = await seededBackup((j) => j.entry(mine));
			await seed((j) => j.entry(mine), { cost: unchangingKeys });
			await journal.open();
			await journal.openBackup();
			const before = await readRawDatabase(page);

			await chooseFile(page, backup);
			await page.getByLabel('Backup’s passphrase').fill('not the passphrase');
			await page.getByRole('button', { name: 'Open backup' }).click();
			await expect(page.getByText("That passphrase doesn't open this backup.")).toBeVisible();

			await page.getByRole('button', { name: 'Use the recovery key instead' }).click();
			await page.getByLabel('Backup’s recovery key').fill('0000-0000-0000-0000-0000-0000-0000');
			await page.getByRole('button', { name: 'Open backup' }).click();
			await expect(page.getByText(/typo|recovery key doesn't open this backup/)).toBeVisible();

			const file = JSON.parse(backup);
			const c: string = file.records[0].ciphertext;
			file.records[0].ciphertext = c.slice(0, 50) + (c[50] === 'A' ? 'B' : 'A') + c.slice(51);
			await chooseFile(page, JSON.stringify(file));
			await page.getByRole('button', { name: 'Use the passphrase instead' }).click();
			await page.getByLabel('Backup’s passphrase').fill(passphrase);
			await page.getByRole('button', { name: 'Open backup' }).click();
			await expect(
				page.getByText('This backup is damaged: part of it is missing or has been changed.')
			).toBeVisible();
			expect(await readRawDatabase(page)).toEqual(before);
		});
	});

	test('an import cut off by closing the page keeps all of it or none', async ({
		page,
		context,
		seed
	}) => {
		test.setTimeout(90_000);
		const entries = 3000;
		const backup = await makeBackup('a big old journal', entries);
		const journal = new JournalPage(page);
		await seed((j) => j.entry({ title: 'Mine', text: 'already here' }));
		await journal.open();
		await journal.openBackup();
		await chooseFile(page, backup);
		await page.getByLabel('Backup’s passphrase').fill('a big old journal');
		await page.getByRole('button', { name: 'Open backup' }).click();
		await page.getByRole('button', { name: 'Import' }).click();
		// Closed in the middle of writing.
		await expect(page.getByText('Importing…')).toBeVisible();
		await page.close({ runBeforeUnload: false });

		const again = await context.newPage();
		await again.goto('/');
		const { rows } = await readRawDatabase(again);
		// meta holds 2 rows (keys, settings); the journal had 1 entry.
		expect([2 + 1, 2 + 1 + entries]).toContain(rows);
		await new JournalPage(again).unlock();
		await new JournalPage(again).goTo('Journal');
		await expect(again.getByRole('main').getByRole('link').first()).toBeVisible();
	});
});
