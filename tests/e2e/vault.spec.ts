import { expect, test } from './fixtures';
import { AppPage } from './pages/app';
import { JournalPage, passphrase } from './pages/journal';
import { unchangingKeys } from './support/journal-seed';
import { readRawDatabase, tamperWithRecords } from './support/raw-indexeddb';

const phrase = 'The lighthouse keeper waved at me';

test.describe('the journal vault', () => {
	test('sets up, writes, locks and unlocks', async ({ page }) => {
		const journal = new JournalPage(page);
		await journal.setUp();
		await journal.writeEntry('A walk', phrase);
		await journal.lock();
		await expect(page.getByText('lighthouse keeper')).toHaveCount(0);
		await journal.unlock(passphrase);
		await journal.goTo('Journal');
		await expect(page.getByRole('link', { name: /A walk/ })).toBeVisible();
	});

	test('keeps no word, field name or kind of a record readable in IndexedDB', async ({ page }) => {
		const journal = new JournalPage(page);
		const recoveryKey = await journal.setUp();
		await journal.writeEntry('Zanzibar tidepools', phrase);
		await journal.reopen('Zanzibar tidepools');
		await page.getByLabel('What’s on my mind').fill(`${phrase}, twice`);
		await journal.waitUntilSaved();
		await expect(page.getByText('Version 1,')).toBeVisible();

		const raw = await readRawDatabase(page);
		expect(raw.stores.sort()).toEqual(['meta', 'records', 'revisions']);
		expect(raw.rows).toBeGreaterThanOrEqual(4);
		for (const secret of [
			'lighthouse',
			'Zanzibar',
			'tidepools',
			'title',
			'text',
			'createdAt',
			'updatedAt',
			'revision',
			'journal-entry',
			'lockAfterMinutes',
			passphrase,
			recoveryKey.replaceAll('-', ''),
			recoveryKey
		])
			expect(raw.dump, secret).not.toContain(secret);
	});

	test('refuses a wrong passphrase, then waits longer after repeated tries', async ({
		page,
		seed
	}) => {
		// The waits pass on the page's clock, not the test's.
		await page.clock.install();
		const journal = new JournalPage(page);
		await seed();
		await page.goto('/');
		for (let i = 0; i < 3; i++) {
			await journal.unlock('not my passphrase');
			// Each try ends with the field cleared and the reason shown.
			await expect(page.getByLabel('Passphrase', { exact: true })).toHaveValue('');
			await expect(page.getByText("That passphrase doesn't open this journal.")).toBeVisible();
		}
		await expect(page.getByText(/I can try again in [12] seconds?/)).toBeVisible();
		const unlockButton = page.getByRole('button', { name: 'Unlock', exact: true });
		await expect(unlockButton).toBeDisabled();
		// A fourth wrong try, once allowed, doubles the wait.
		await page.clock.fastForward(2_000);
		await expect(unlockButton).toBeEnabled();
		await journal.unlock('still not my passphrase');
		await expect(page.getByText(/I can try again in [34] seconds/)).toBeVisible();
		// The wait is kept across a reload.
		await page.reload();
		await expect(unlockButton).toBeDisabled();
		await page.clock.fastForward(4_000);
		await expect(unlockButton).toBeEnabled();
		await journal.unlock();
		await expect(journal.heading()).toHaveText('My recovery journal');
	});

	test('keeps the wait after wrong tries in a second tab, and after localStorage is cleared', async ({
		page,
		context,
		seed
	}) => {
		// The waits pass on the browser's clock (both tabs share it), not the test's.
		await page.clock.install();
		const journal = new JournalPage(page);
		await seed();
		await page.goto('/');
		// A second tab, already showing the unlock screen before any try fails.
		const other = await context.newPage();
		await other.goto('/');
		const otherJournal = new JournalPage(other);
		await expect(otherJournal.heading()).toHaveText('Unlock my journal');
		await expect(journal.heading()).toHaveText('Unlock my journal');

		const unlockButton = page.getByRole('button', { name: 'Unlock', exact: true });
		for (let i = 0; i < 5; i++) {
			// The fourth and fifth tries wait 2 and 4 seconds for their turn.
			if (i >= 3) await page.clock.fastForward(2 ** (i - 2) * 1000);
			await expect(unlockButton).toBeEnabled();
			await journal.unlock('not my passphrase');
			await expect(page.getByText("That passphrase doesn't open this journal.")).toBeVisible();
		}
		// Five wrong tries: an eight-second wait.
		await expect(page.getByText(/I can try again in [5-8] seconds/)).toBeVisible();

		// The other tab's screen had seen no failure, but its try is refused all the same.
		await otherJournal.unlock();
		await expect(other.getByText(/I can try again in [1-8] seconds?/)).toBeVisible();
		await expect(other.getByRole('button', { name: 'Unlock', exact: true })).toBeDisabled();
		await expect(otherJournal.heading()).toHaveText('Unlock my journal');

		// Clearing localStorage and reloading does not end it either.
		await other.evaluate(() => localStorage.clear());
		await other.reload();
		await expect(otherJournal.heading()).toHaveText('Unlock my journal');
		await expect(other.getByText(/I can try again in [1-8] seconds?/)).toBeVisible();
		await expect(other.getByRole('button', { name: 'Unlock', exact: true })).toBeDisabled();

		// Once it has passed, the right passphrase opens the journal.
		await page.clock.fastForward(8_000);
		await expect(other.getByRole('button', { name: 'Unlock', exact: true })).toBeEnabled();
		await otherJournal.unlock();
		await expect(otherJournal.heading()).toHaveText('My recovery journal');
	});

	test('does not make me wait a day after wrong tries made while the clock was a day fast', async ({
		page,
		seed
	}) => {
		const now = Date.now();
		await page.clock.install({ time: now + 24 * 60 * 60 * 1000 });
		const journal = new JournalPage(page);
		await seed();
		await page.goto('/');
		for (let i = 0; i < 3; i++) {
			await journal.unlock('not my passphrase');
			await expect(page.getByText("That passphrase doesn't open this journal.")).toBeVisible();
		}
		await expect(page.getByText(/I can try again in [12] seconds?/)).toBeVisible();
		// The clock is put right.
		await page.clock.setSystemTime(now);
		await expect(page.getByText(/I can try again in \d{3,} seconds/)).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toBeEnabled({
			timeout: 5_000
		});
		await journal.unlock();
		await expect(journal.heading()).toHaveText('My recovery journal');
	});

	test('opens with the default settings, and says so once, when a byte of the settings was changed', async ({
		page,
		seed
	}) => {
		const journal = new JournalPage(page);
		const { written: kept } = await seed((j) => j.entry({ title: 'Kept', text: phrase }));
		// The settings are read as the journal unlocks: damaged before that, as on a reload.
		await page.goto(`/journal/${kept}`);
		await expect(journal.heading()).toHaveText('Unlock my journal');
		await page.evaluate(async () => {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open('waymark');
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			const store = db.transaction('meta', 'readwrite').objectStore('meta');
			const row = await new Promise<{ key: string; value: string }>((resolve) => {
				const request = store.get('settings');
				request.onsuccess = () => resolve(request.result);
			});
			const at = Math.floor(row.value.length / 2);
			const flipped = String.fromCharCode(row.value.charCodeAt(at) ^ 1);
			store.put({ ...row, value: row.value.slice(0, at) + flipped + row.value.slice(at + 1) });
			await new Promise((resolve) => (store.transaction.oncomplete = resolve));
			db.close();
		});
		await journal.unlock();
		await expect(journal.heading()).toHaveText('Edit entry');
		const notice = page.getByRole('alert').filter({ hasText: 'back to their defaults' });
		await expect(notice).toContainText(
			'My settings on this device couldn’t be read, so they’re back to their defaults'
		);
		await notice.getByRole('button', { name: 'OK' }).click();
		await expect(notice).toHaveCount(0);
		await journal.goTo('Journal');
		await expect(page.getByRole('link', { name: /Kept/ })).toBeVisible();
		// Told once: the defaults now stand in the damaged settings' place.
		await journal.lock();
		await journal.unlock();
		await expect(journal.heading()).toHaveText('Journal');
		await expect(page.getByText('back to their defaults')).toHaveCount(0);
	});

	test('opens with the recovery key, tells a typo from a wrong key, and offers a new passphrase', async ({
		page,
		seed
	}) => {
		const journal = new JournalPage(page);
		const { recoveryKey: key, written: walk } = await seed((j) =>
			j.entry({ title: 'A walk', text: phrase })
		);
		await page.goto(`/journal/${walk}`);
		await page.getByRole('button', { name: 'Use my recovery key instead' }).click();
		const typo = key.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
		await page.getByLabel('Recovery key').fill(typo);
		await page.getByRole('button', { name: 'Unlock', exact: true }).click();
		await expect(page.getByText('This recovery key has a typo in it.')).toBeVisible();
		await page.getByLabel('Recovery key').fill('0000-0000-0000-0000-0000-0000-0000');
		await page.getByRole('button', { name: 'Unlock', exact: true }).click();
		await expect(page.getByText(/typo|doesn't open this journal/)).toBeVisible();

		await page.getByLabel('Recovery key').fill(key.toLowerCase().replaceAll('-', ' '));
		await page.getByRole('button', { name: 'Unlock', exact: true }).click();
		await expect(journal.heading()).toHaveText('Choose a new passphrase');
		await page.getByLabel('Passphrase', { exact: true }).fill('a brand new passphrase');
		await page.getByLabel('Type it again').fill('a brand new passphrase');
		await page.getByRole('button', { name: 'Save new passphrase' }).click();
		await expect(page.getByRole('heading', { name: 'Edit entry' })).toBeVisible();
		await journal.lock();
		await journal.unlock('a brand new passphrase');
		await expect(page.getByLabel('What’s on my mind')).toHaveValue(phrase);
	});

	for (const how of ['swap', 'truncate'] as const) {
		test(`refuses records ${how === 'swap' ? 'whose ciphertexts were swapped' : 'cut short'}, showing the rest, changing nothing`, async ({
			page,
			seed
		}) => {
			const journal = new JournalPage(page);
			await seed(
				async (j) => {
					for (const title of ['First', 'Second', 'Third'])
						await j.entry({ title, text: `the ${title.toLowerCase()} entry` });
				},
				{ cost: unchangingKeys }
			);
			await page.goto('/');
			await expect(journal.heading()).toHaveText('Unlock my journal');
			await tamperWithRecords(page, how);
			const before = await readRawDatabase(page);
			await page.reload();
			await journal.unlock();
			await journal.goTo('Journal');
			await expect(page.getByRole('alert')).toContainText(
				'A saved entry has been changed outside Waymark, so it cannot be trusted or opened.'
			);
			await expect(page.getByRole('alert')).toContainText(
				how === 'swap' ? '2 entries couldn’t be opened.' : '1 entry couldn’t be opened.'
			);
			await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(
				how === 'swap' ? 1 : 2
			);
			expect(await readRawDatabase(page)).toEqual(before);
		});
	}

	test('keeps every earlier version of an entry and restores one', async ({ page, seed }) => {
		const journal = new JournalPage(page);
		await seed();
		await journal.open();
		await journal.writeEntry('Morning', 'first words');
		await journal.reopen('Morning');
		await page.getByLabel('What’s on my mind').fill('second words');
		await journal.waitUntilSaved();
		await page.getByText(/^Version 1,/).click();
		await expect(page.getByText('first words')).toBeVisible();
		await page.getByRole('button', { name: 'Restore this version' }).click();
		await expect(page.getByLabel('What’s on my mind')).toHaveValue('first words');
		await expect(page.getByText(/^Version 2,/)).toBeVisible();
	});

	test('deletes an entry and brings it back, history and all, on undo', async ({ page, seed }) => {
		const journal = new JournalPage(page);
		await seed();
		await journal.open();
		await journal.writeEntry('To go', 'soon deleted');
		await journal.reopen('To go');
		await page.getByLabel('What’s on my mind').fill('soon deleted, then back');
		await journal.waitUntilSaved();
		await page.getByRole('button', { name: 'Delete entry' }).click();
		await expect(journal.heading()).toHaveText('Journal');
		await expect(page.getByText('Deleted “To go”.')).toBeVisible();
		await expect(page.getByText('Nothing written yet.')).toBeVisible();
		await page.getByRole('button', { name: 'Undo' }).click();
		await expect(page.getByText('The entry is back, with its earlier versions.')).toBeVisible();
		await page.getByRole('link', { name: /To go/ }).click();
		await expect(page.getByLabel('What’s on my mind')).toHaveValue('soon deleted, then back');
		await expect(page.getByText(/^Version 1,/)).toBeVisible();
	});

	test('erases the journal after the confirmation word is typed', async ({ page, seed }) => {
		const journal = new JournalPage(page);
		await seed((j) => j.entry({ title: 'Private', text: phrase }));
		await new AppPage(page).openUnlocked('/settings');
		await page.getByRole('button', { name: 'Erase this journal…' }).click();
		const dialog = page.getByRole('dialog', { name: 'Erase my journal from this device?' });
		await dialog.getByLabel('Confirmation').fill('erase');
		await dialog.getByRole('button', { name: 'Erase everything' }).click();
		await expect(dialog.getByText('Type ERASE exactly')).toBeVisible();
		await dialog.getByLabel('Confirmation').fill('ERASE');
		await dialog.getByRole('button', { name: 'Erase everything' }).click();
		await expect(journal.heading()).toHaveText('Welcome to Waymark');
		const raw = await readRawDatabase(page);
		expect(raw.rows).toBe(0);
	});

	test('says plainly when this browser will not store anything', async ({ page }) => {
		await page.addInitScript(() => {
			Object.defineProperty(window, 'indexedDB', { value: undefined });
		});
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Waymark can’t save on this device right now'
		);
		await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
	});
});
