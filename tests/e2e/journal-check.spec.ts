import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { JournalPage, passphrase } from './pages/journal';

/** Flips one bit of every stored record, as a failing disk or something outside Waymark might. */
function damageEveryRecord(page: Page) {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('waymark');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const store = db.transaction('records', 'readwrite').objectStore('records');
		const rows = await new Promise<{ ciphertext: string }[]>((resolve) => {
			const request = store.getAll();
			request.onsuccess = () => resolve(request.result);
		});
		for (const row of rows) {
			const last = row.ciphertext.length - 1;
			const flipped = String.fromCharCode(row.ciphertext.charCodeAt(last) ^ 1);
			store.put({ ...row, ciphertext: row.ciphertext.slice(0, last) + flipped });
		}
		await new Promise((resolve) => (store.transaction.oncomplete = resolve));
		db.close();
		return rows.length;
	});
}

test('Check my journal lists what no longer opens and puts just that back from a backup', async ({
	page,
	seed
}) => {
	const journal = new JournalPage(page);
	await seed((j) => j.entry({ title: 'Harbour', text: 'The boats came in at six' }));
	await journal.open();

	await journal.openBackup();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Save a backup file' }).click();
	const backup = await readFile((await (await download).path())!, 'utf8');

	await journal.goTo('Settings');
	const check = page.getByRole('region', { name: 'Check my journal' });
	await check.getByRole('button', { name: 'Check my journal' }).click();
	await expect(check.getByRole('status').first()).toHaveText(
		/^Everything opened: \d+ parts? of my journal, all readable\.$/
	);

	expect(await damageEveryRecord(page)).toBeGreaterThan(0);
	await check.getByRole('button', { name: 'Check my journal' }).click();
	await expect(check.getByText(/parts? of my journal couldn’t be read:$/)).toBeVisible();
	await expect(check.getByRole('listitem').filter({ hasText: /^A journal entry$/ })).toBeVisible();

	await check.getByLabel('Backup file').setInputFiles({
		name: 'journal.waymark',
		mimeType: 'application/json',
		buffer: Buffer.from(backup)
	});
	await check.getByLabel('Passphrase of that backup', { exact: true }).fill(passphrase);
	await check.getByRole('button', { name: 'Put these back from the backup' }).click();
	await expect(check.getByText(/^Put back \d+ parts? from the backup\.$/)).toBeVisible();
	await expect(check.getByText(/^A journal entry, as saved /)).toBeVisible();
	await expect(check.getByText(/^Everything opened: /)).toBeVisible();

	await journal.goTo('Journal');
	await page.getByRole('link', { name: /^Harbour Written/ }).click();
	await expect(page.getByLabel('What’s on my mind')).toHaveValue('The boats came in at six');
});
