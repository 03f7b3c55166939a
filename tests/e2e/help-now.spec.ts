import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectAccessibleInBothThemes } from './support/axe';
import { AppPage } from './pages/app';
import { JournalPage } from './pages/journal';
import { JourneyPage } from './pages/journey';
import { items } from './support/journal-writer';

const helpNow = (page: Page) => page.getByRole('banner').getByRole('link', { name: 'Help now' });
const cardHeading = (page: Page) => page.getByRole('heading', { name: 'My crisis card' });

/** Opens Help now from the header and checks the national lines are there to tap. */
async function openHelpNow(page: Page) {
	await helpNow(page).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Help now');
	await expect(helpNow(page)).toHaveAttribute('aria-current', 'page');
	const main = page.getByRole('main');
	for (const [name, href] of [
		['Call 999', 'tel:999'],
		['Call 111', 'tel:111'],
		['Call 116 123', 'tel:116123'],
		['Text SHOUT to 85258', 'sms:85258?body=SHOUT']
	])
		await expect(main.getByRole('link', { name })).toHaveAttribute('href', href);
	await expect(main.getByText(/choose option 2 for the mental health line/)).toBeVisible();
	await expect(new AppPage(page).quickExit).toBeInViewport();
}

test.describe('Help now', () => {
	test('opens from the welcome screen before anything is set up, and Back returns', async ({
		page
	}) => {
		const app = new AppPage(page);
		await app.open('/');
		await expect(app.heading()).toHaveText('Welcome to Waymark');
		await openHelpNow(page);
		// No journal exists, and none is started by looking.
		expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);
		await page.goBack();
		await expect(app.heading()).toHaveText('Welcome to Waymark');
	});

	test('opens from the unlock screen without the passphrase, and from an unlocked screen', async ({
		page,
		seed
	}) => {
		const app = new AppPage(page);
		const journal = new JournalPage(page);
		await seed();
		await app.openUnlocked('/settings');
		await openHelpNow(page);
		// Unlocked, the journal stays open behind it, with Lock and the navigation.
		await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();
		await expect(app.nav).toBeVisible();
		await expect(page.getByRole('link', { name: 'Open my crisis plan' })).toBeVisible();
		await page.goBack();
		await expect(app.heading()).toHaveText('Settings');
		await journal.lock();
		await openHelpNow(page);
		await expect(page.getByRole('button', { name: 'Lock', exact: true })).toHaveCount(0);
		await expect(app.nav).toHaveCount(0);
		await expect(page.getByRole('link', { name: 'Open my crisis plan' })).toHaveCount(0);
		await page.goBack();
		await expect(app.heading()).toHaveText('Unlock my journal');
		// Straight to the address, as from a bookmark, it opens without unlocking too.
		await page.goto('/help');
		await expect(app.heading()).toHaveText('Help now');
		await expect(page.getByRole('textbox')).toHaveCount(0);
	});

	test('shows the lines of the country the person chose, before unlocking', async ({ page }) => {
		const app = new AppPage(page);
		await app.open('/help');
		await page.getByText('Lines in another country').click();
		await page.getByLabel('Show the lines for').selectOption('Ireland');
		await expect(page.getByRole('heading', { name: 'National lines: Ireland' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Call 112' })).toHaveAttribute('href', 'tel:112');
		await expect(page.getByRole('link', { name: 'Text HELLO to 50808' })).toHaveAttribute(
			'href',
			'sms:50808?body=HELLO'
		);
		await page.reload();
		await expect(page.getByRole('link', { name: 'Call 112' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Call 999' })).toHaveCount(0);
	});

	test('is on the worker’s view too, opening in a tab of its own', async ({ page, context }) => {
		await page.goto('/view');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('This summary can’t be shown');
		const link = page.getByRole('link', { name: /^Help now/ });
		await expect(link).toHaveAttribute('target', '_blank');
		const [help] = await Promise.all([context.waitForEvent('page'), link.click()]);
		await expect(help.getByRole('heading', { level: 1 })).toHaveText('Help now');
		await expect(help.getByRole('link', { name: 'Call 116 123' })).toBeVisible();
		// The worker's own page is still there, unchanged.
		await expect(page).toHaveURL(/\/view$/);
	});
});

test.describe('my crisis card', () => {
	test('is off until turned on, shows while locked, and is gone when turned off', async ({
		page,
		seed
	}) => {
		test.slow();
		const app = new AppPage(page);
		const journal = new JournalPage(page);
		await seed((j) =>
			j.plan('crisis-numbers', {
				numbers: items({ label: 'Jo (sister)', number: '0800 123 4567 ext 2', when: '' })
			})
		);
		await journal.open();

		await openHelpNow(page);
		await expect(cardHeading(page)).toHaveCount(0);
		await app.goTo('Settings');
		const turnOn = page.getByLabel('Show my crisis card on Help now while Waymark is locked');
		await expect(turnOn).not.toBeChecked();
		await expect(
			page.getByText(/stored without encryption\. Anyone holding this phone/)
		).toBeVisible();
		await turnOn.check();
		await page.getByLabel('Jo (sister), 0800 123 4567 ext 2').check();
		const line = page.getByLabel('Line 1 from my crisis plan (optional)');
		await expect(line).toHaveAttribute('autocomplete', 'off');
		await line.fill('Please call Jo first.');
		await page.getByRole('button', { name: 'Save my crisis card' }).click();
		await expect(
			page.getByRole('status').filter({ hasText: 'My crisis card is saved' })
		).toBeVisible();
		// Only what was chosen is kept outside the vault.
		const kept = await page.evaluate(() => localStorage.getItem('waymark.crisis-card'));
		expect(JSON.parse(kept!)).toEqual({
			version: 1,
			contacts: [{ name: 'Jo (sister)', number: '0800 123 4567 ext 2' }],
			lines: ['Please call Jo first.']
		});

		await journal.lock();
		await openHelpNow(page);
		await expect(cardHeading(page)).toBeVisible();
		await expect(page.getByText('It is not encrypted.', { exact: false })).toBeVisible();
		await expect(page.getByText('Please call Jo first.')).toBeVisible();
		await expect(page.getByRole('link', { name: 'Call Jo (sister)' })).toHaveAttribute(
			'href',
			'tel:08001234567,2'
		);
		// A fresh load, as after the phone restarts, shows it before anything else is unlocked.
		await page.reload();
		await expect(cardHeading(page)).toBeVisible();
		await expectAccessibleInBothThemes(page, 'help now with my crisis card, locked', 'Help now');
		await page.emulateMedia({ colorScheme: null });

		await app.openUnlocked('/settings');
		await expect(turnOn).toBeChecked();
		await turnOn.uncheck();
		await expect(
			page.getByRole('status').filter({ hasText: 'nothing of it is kept' })
		).toBeVisible();
		expect(await page.evaluate(() => localStorage.getItem('waymark.crisis-card'))).toBeNull();
		await journal.lock();
		await openHelpNow(page);
		await expect(cardHeading(page)).toHaveCount(0);
		await expect(page.getByText('Please call Jo first.')).toHaveCount(0);
	});
});

test.describe('erasing the journal', () => {
	test('takes my crisis card with it', async ({ page, seed }) => {
		const app = new AppPage(page);
		await seed();
		await app.openUnlocked('/settings');
		await page.getByLabel('Show my crisis card on Help now while Waymark is locked').check();
		await page.getByLabel('Line 1 from my crisis plan (optional)').fill('Please call Jo first.');
		await page.getByRole('button', { name: 'Save my crisis card' }).click();
		await expect(
			page.getByRole('status').filter({ hasText: 'My crisis card is saved' })
		).toBeVisible();
		await page.getByRole('button', { name: 'Erase this journal…' }).click();
		const dialog = page.getByRole('dialog', { name: 'Erase my journal from this device?' });
		await dialog.getByLabel('Confirmation').fill('ERASE');
		await dialog.getByRole('button', { name: 'Erase everything' }).click();
		await expect(app.heading()).not.toHaveText('Settings');
		await expect
			.poll(() => page.evaluate(() => localStorage.getItem('waymark.crisis-card')))
			.toBeNull();
		await openHelpNow(page);
		await expect(cardHeading(page)).toHaveCount(0);
		await expect(page.getByText('Please call Jo first.')).toHaveCount(0);
	});
});

test.describe('after a hard check-in', () => {
	test('offers Help now and my own plan, without stopping me', async ({ page, seed }) => {
		const journey = new JourneyPage(page);
		await seed();
		await new JournalPage(page).open();
		await journey.checkIn(null, { Mood: 3 });
		const offer = page.getByRole('region', { name: 'Help is here if I want it' });
		await expect(offer).toHaveCount(0);
		await journey.checkIn(null, { Mood: 1 });
		await expect(offer).toBeVisible();
		await expectAccessibleInBothThemes(page, 'the journey after a hard check-in', 'My journey');
		await expect(offer.getByRole('link', { name: 'Help now' })).toHaveAttribute('href', '/help');
		await expect(
			offer.getByRole('link', { name: 'My plan for when things are breaking down' })
		).toHaveAttribute('href', '/plan/breaking-down');
		// Nothing is in the way: no dialog, and the rest of the screen works as ever.
		await expect(page.getByRole('dialog')).toHaveCount(0);
		await page.getByRole('link', { name: 'Check in now' }).click();
		await expect(journey.heading()).toHaveText('Check in');
		await page.goBack();
		await offer.getByRole('link', { name: 'Help now' }).click();
		await expect(journey.heading()).toHaveText('Help now');
	});
});

test.describe('the header', () => {
	/** One row: every control's middle at one height, nothing cut off, no sideways scrolling. */
	async function expectOneRow(page: Page, where: string) {
		const banner = page.getByRole('banner');
		const controls = [
			banner.getByRole('link', { name: 'Waymark' }),
			helpNow(page),
			...(await banner.getByRole('button', { name: 'Lock', exact: true }).all()),
			new AppPage(page).quickExit
		];
		const boxes = await Promise.all(controls.map(async (c) => (await c.boundingBox())!));
		const middles = boxes.map((box) => box.y + box.height / 2);
		expect(Math.max(...middles) - Math.min(...middles), `${where}: one row`).toBeLessThan(4);
		for (const box of boxes) {
			expect(box.width, `${where}: touch target`).toBeGreaterThanOrEqual(44);
			expect(box.height, `${where}: touch target`).toBeGreaterThanOrEqual(44);
		}
		const header = (await banner.boundingBox())!;
		expect(header.height, `${where}: header height`).toBeLessThan(90);
		const overflow = await page.evaluate(() => [
			document.documentElement.scrollWidth - document.documentElement.clientWidth,
			document.querySelector('header')!.scrollWidth - document.querySelector('header')!.clientWidth
		]);
		expect(overflow, `${where}: horizontal scrolling`).toEqual([0, 0]);
		await expect(new AppPage(page).quickExit, where).toBeInViewport({ ratio: 1 });
		await expect(helpNow(page), where).toBeInViewport({ ratio: 1 });
	}

	test('stays one row at 200% text, on a phone and at 320 px wide', async ({ page, seed }) => {
		test.slow();
		const app = new AppPage(page);
		const bigText = () => page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
		await app.open('/');
		for (const width of [390, 320]) {
			await page.setViewportSize({ width, height: 844 });
			await expectOneRow(page, `welcome at ${width} px`);
			await bigText();
			await expectOneRow(page, `welcome at ${width} px, 200% text`);
			await page.evaluate(() => (document.documentElement.style.fontSize = ''));
		}
		await page.setViewportSize({ width: 390, height: 844 });
		await seed();
		await new JournalPage(page).open();
		await helpNow(page).click();
		await expect(app.heading()).toHaveText('Help now');
		for (const width of [1280, 390, 320]) {
			await page.setViewportSize({ width, height: 844 });
			await expectOneRow(page, `Help now, unlocked, at ${width} px`);
			await bigText();
			await expectOneRow(page, `Help now, unlocked, at ${width} px, 200% text`);
			await page.evaluate(() => (document.documentElement.style.fontSize = ''));
		}
		// Quick exit keeps a word on screen at the narrowest, and its full name for screen readers.
		await page.setViewportSize({ width: 320, height: 844 });
		await bigText();
		await expect(app.quickExit).toHaveAccessibleName('Quick exit');
		await expect(app.quickExit).toContainText(/Exit/);
	});
});
