import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { JournalPage } from './pages/journal';
import { JourneyPage } from './pages/journey';

test.describe.configure({ timeout: 60_000 });

function recordIds(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('waymark');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const ids = await new Promise<string[]>((resolve) => {
			const request = db.transaction('records').objectStore('records').getAllKeys();
			request.onsuccess = () => resolve(request.result.map(String));
		});
		db.close();
		return ids;
	});
}

/** Changes one character of a stored record's sealed bytes, as damage outside Waymark might. */
function flipByte(page: Page, id: string) {
	return page.evaluate(async (id) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('waymark');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const store = db.transaction('records', 'readwrite').objectStore('records');
		const row = await new Promise<{ ciphertext: string }>((resolve) => {
			const request = store.get(id);
			request.onsuccess = () => resolve(request.result);
		});
		const at = 60;
		const flipped = String.fromCharCode(row.ciphertext.charCodeAt(at) ^ 1);
		store.put({
			...row,
			ciphertext: row.ciphertext.slice(0, at) + flipped + row.ciphertext.slice(at + 1)
		});
		await new Promise((resolve) => (store.transaction.oncomplete = resolve));
		db.close();
	}, id);
}

test('a damaged year of check-ins is named, and new check-ins still save and show', async ({
	page,
	seed
}) => {
	const journal = new JournalPage(page);
	const journey = new JourneyPage(page);
	await seed();
	await journal.open();
	const before = new Set(await recordIds(page));
	await journey.checkIn(null, { Mood: 2 });
	const recent = page.getByRole('region', { name: 'Recent check-ins' });
	await expect(recent).toContainText('Mood 2');
	const [yearRecord] = (await recordIds(page)).filter((id) => !before.has(id));
	expect(yearRecord, "this year's check-in record").toBeDefined();

	await flipByte(page, yearRecord);
	await page.reload();
	await journal.unlock();
	await journey.open();
	const year = new Date().getUTCFullYear();
	const notice = `1 part of my ${year} check-ins couldn’t be read.`;
	await expect(recent.getByRole('status').filter({ hasText: notice })).toBeVisible();
	await expect(recent).not.toContainText('Mood 2');

	await journey.checkIn(null, { Mood: 4 });
	await expect(page.getByRole('status').filter({ hasText: 'Check-in saved.' })).toBeVisible();
	await expect(recent).toContainText('Mood 4');
	await expect(recent.getByRole('status').filter({ hasText: notice })).toBeVisible();

	await page.getByRole('link', { name: 'How I’ve been: charts and calendar' }).click();
	await expect(page.getByRole('status').filter({ hasText: notice })).toBeVisible();
});
