import { expect, test } from './fixtures';
import { AppPage } from './pages/app';
import { JournalPage } from './pages/journal';
import type { JournalWriter } from './support/journal-writer';

const words = 'The harbour lights came on one by one';

/** An entry holding `words`, written before the test; returns its address. */
const evening = async (j: JournalWriter) =>
	`/journal/${await j.entry({ title: 'Evening', text: words })}`;

test.describe('locking', () => {
	test('locks after the idle time, clearing the screen; unlocking brings it back', async ({
		page,
		seed
	}) => {
		await page.clock.install();
		const journal = new JournalPage(page);
		const { written: entry } = await seed(evening);
		await new AppPage(page).openUnlocked(entry);
		await expect(page.getByLabel('What’s on my mind')).toHaveValue(words);

		// Activity keeps it open: four quiet minutes, a key press, four more.
		await page.clock.fastForward('04:00');
		await page.keyboard.press('Shift');
		await page.clock.fastForward('04:00');
		await expect(page.getByLabel('What’s on my mind')).toHaveValue(words);

		await page.clock.fastForward('01:05');
		await expect(journal.heading()).toHaveText('Unlock my journal');
		await expect(page.getByText(words)).toHaveCount(0);
		await expect(page.locator('textarea')).toHaveCount(0);

		await journal.unlock();
		await expect(page.getByLabel('What’s on my mind')).toHaveValue(words);
	});

	test('follows the idle time the person chooses', async ({ page, seed }) => {
		await page.clock.install();
		const journal = new JournalPage(page);
		await seed();
		await new AppPage(page).openUnlocked('/settings');
		await page.getByRole('radio', { name: '1 minute' }).check();
		await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
		await page.clock.fastForward('01:05');
		await expect(journal.heading()).toHaveText('Unlock my journal');
		// The choice is kept, sealed, for the next unlock.
		await journal.unlock();
		await journal.goTo('Settings');
		await expect(page.getByRole('radio', { name: '1 minute' })).toBeChecked();
	});

	test('locks when the app comes back after longer in the background than the idle time', async ({
		page,
		seed
	}) => {
		await page.clock.install();
		const journal = new JournalPage(page);
		const { written: entry } = await seed(evening);
		await new AppPage(page).openUnlocked(entry);
		const setVisibility = (state: 'hidden' | 'visible') =>
			page.evaluate((state) => {
				Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
				document.dispatchEvent(new Event('visibilitychange'));
			}, state);
		// A short time away keeps it open.
		await setVisibility('hidden');
		await page.clock.setSystemTime(Date.now() + 60_000);
		await setVisibility('visible');
		await expect(page.getByLabel('What’s on my mind')).toHaveValue(words);
		// Timers are paused in the background on phones; the return itself is checked.
		await setVisibility('hidden');
		await page.clock.setSystemTime((await page.evaluate(() => Date.now())) + 6 * 60_000);
		await setVisibility('visible');
		await expect(journal.heading()).toHaveText('Unlock my journal');
		await expect(page.getByText(words)).toHaveCount(0);
	});

	test('Quick exit locks the journal in every tab at once', async ({ page, context, seed }) => {
		const journal = new JournalPage(page);
		await seed();
		await new AppPage(page).openUnlocked('/settings');
		await page.getByRole('radio', { name: 'A blank page' }).check();
		const other = await context.newPage();
		const otherJournal = new JournalPage(other);
		await other.goto('/journal');
		await otherJournal.unlock();
		await expect(otherJournal.heading()).toHaveText('Journal');

		await page.getByRole('button', { name: 'Quick exit' }).click();
		await expect(page).toHaveURL('about:blank');
		await expect(otherJournal.heading()).toHaveText('Unlock my journal');
		await page.goto('/');
		await expect(journal.heading()).toHaveText('Unlock my journal');
	});

	test('Quick exit leaves at once even with unsaved words on screen', async ({ page, seed }) => {
		const journal = new JournalPage(page);
		await seed(evening);
		await new AppPage(page).openUnlocked('/settings');
		await page.getByRole('radio', { name: 'A blank page' }).check();
		await journal.goTo('Journal');
		await page.getByRole('link', { name: /^Evening Written/ }).click();
		await expect(page.getByLabel('What’s on my mind')).toHaveValue(words);
		await page.getByLabel('What’s on my mind').fill(`${words}, and more not yet saved`);
		let asked = false;
		page.on('dialog', (dialog) => {
			asked = true;
			void dialog.dismiss();
		});
		await page.getByRole('button', { name: 'Quick exit' }).click();
		await expect(page).toHaveURL('about:blank');
		expect(asked).toBe(false);
	});

	test('the Lock button locks at once', async ({ page, seed }) => {
		const journal = new JournalPage(page);
		const { written: entry } = await seed(evening);
		await new AppPage(page).openUnlocked(entry);
		await expect(page.getByLabel('What’s on my mind')).toHaveValue(words);
		await journal.lock();
		await expect(page.getByText(words)).toHaveCount(0);
		await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
		await journal.unlock();
		await expect(page.getByLabel('What’s on my mind')).toHaveValue(words);
	});
});
