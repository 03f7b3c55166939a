import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app';
import { JournalPage } from './pages/journal';
import { JourneyPage } from './pages/journey';
import { list } from './support/journal-writer';

// Nothing a person types is dropped without a word: a field near its limit says how much room is
// left, a paste too long for it is refused and said so, and a save that fails keeps the words on
// screen and asks before they are left behind.

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

async function paste(page: Page, text: string) {
	await page.evaluate((words) => navigator.clipboard.writeText(words), text);
	await page.keyboard.press('ControlOrMeta+V');
}

/** A section of the plan, from the navigation and the plan's overview. */
async function openSection(page: Page, title: string) {
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'My plan' })
		.click();
	await page.getByRole('main').getByRole('link', { name: title }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
}

const saved = (page: Page) => page.getByRole('status').filter({ hasText: /^Saved$/ });

test('a plan list item takes 10,000 characters, refuses a longer paste and says so, and the rest still saves', async ({
	page,
	seed
}) => {
	const journal = new JournalPage(page);
	await seed((j) => j.plan('early-warning-signs', { notice: list('Short sign') }));
	await new AppPage(page).openUnlocked('/plan/early-warning-signs');
	const item = page.getByRole('textbox', { name: 'Signs I notice, item 1' });

	await item.press('End');
	await paste(page, 'x'.repeat(10_001));
	await expect(
		page
			.getByRole('status')
			.filter({ hasText: 'That didn’t fit: this holds up to 10,000 characters' })
	).toBeVisible();
	await expect(item).toHaveValue('Short sign');

	await item.fill('');
	await paste(page, 'y'.repeat(10_000));
	await expect(item).toHaveValue('y'.repeat(10_000));
	await expect(page.getByText('No room left')).toBeVisible();
	await item.press('z');
	await expect(
		page.getByRole('status').filter({ hasText: 'This holds up to 10,000 characters' })
	).toBeVisible();
	await expect(item).toHaveValue('y'.repeat(10_000));

	// Another field of the same section still saves, and the long item with it.
	await page
		.getByRole('group', { name: 'What I will do', exact: true })
		.getByRole('button', { name: 'Add an action' })
		.click();
	await page.keyboard.type('Call my sister');
	await expect(saved(page)).toBeVisible();
	await journal.lock();
	await journal.unlock();
	await openSection(page, 'Early warning signs');
	await expect(page.getByRole('textbox', { name: 'Signs I notice, item 1' })).toHaveValue(
		'y'.repeat(10_000)
	);
	await expect(page.getByRole('textbox', { name: 'What I will do, item 1' })).toHaveValue(
		'Call my sister'
	);

	// A free text takes 100,000 characters, and keeps them.
	const story = 'I am a dad, a keen cook and a night owl. '.repeat(2_500).slice(0, 100_000);
	await openSection(page, 'About me');
	await page.getByLabel('Who I am', { exact: true }).fill(story);
	await expect(page.getByText('No room left')).toBeVisible();
	await expect(saved(page)).toBeVisible();
	await journal.lock();
	await journal.unlock();
	await openSection(page, 'About me');
	await expect(page.getByLabel('Who I am', { exact: true })).toHaveValue(story);
});

test('a check-in note says when a paste is too long instead of cutting it short', async ({
	page,
	seed
}) => {
	const journal = new JournalPage(page);
	const journey = new JourneyPage(page);
	await seed();
	await journal.open();
	await journey.openArea('Check in now', 'Check in');
	const note = page.getByLabel('Anything else? (optional)');
	await note.click();
	await paste(page, 'n'.repeat(100_001));
	await expect(
		page.getByRole('status').filter({ hasText: 'this holds up to 100,000 characters' })
	).toBeVisible();
	await expect(note).toHaveValue('');
	await paste(page, 'A long evening. '.repeat(6_000));
	await expect(page.getByText(/^4,000 characters left$/)).toBeVisible();
	await journey.score('Mood', 3);
	await page.getByRole('button', { name: 'Save check-in' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('My journey');
});

test.describe(() => {
	// The failed writes are reported to the console, as any failed save is.
	test.use({ expectErrors: true });

	test('a save that fails keeps the words on screen, says so, and asks before leaving', async ({
		page,
		seed
	}) => {
		const journal = new JournalPage(page);
		await seed();
		await journal.open();
		await openSection(page, 'About me');

		// The disk refuses every write from now on, as a full or broken one would.
		await page.evaluate(() => {
			const put = IDBObjectStore.prototype.put;
			(window as unknown as { restorePut: () => void }).restorePut = () => {
				IDBObjectStore.prototype.put = put;
			};
			IDBObjectStore.prototype.put = () => {
				throw new DOMException('The disk refused this write.', 'UnknownError');
			};
		});
		const whoIAm = page.getByLabel('Who I am', { exact: true });
		await whoIAm.fill('A dad, a cook and a night owl');
		await expect(page.getByRole('status').filter({ hasText: /^Not saved$/ })).toBeVisible();
		await expect(page.getByRole('alert')).toContainText(
			'still here on this screen, but not saved yet'
		);

		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Home' })
			.click();
		const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
		await expect(dialog).toBeVisible();
		await dialog.getByRole('button', { name: 'Stay here' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('About me');
		await expect(whoIAm).toHaveValue('A dad, a cook and a night owl');

		await page.evaluate(() => (window as unknown as { restorePut: () => void }).restorePut());
		await page.getByRole('button', { name: 'Try again' }).click();
		await expect(saved(page)).toBeVisible();
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Home' })
			.click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('My recovery journal');
	});
});
