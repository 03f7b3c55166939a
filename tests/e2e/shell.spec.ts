import { expect, test } from './fixtures';
import { AppPage } from './pages/app';
import { JournalPage } from './pages/journal';

test.describe('the app shell', () => {
	test('moves between screens with the navigation bar', async ({ page, seed }) => {
		const app = new AppPage(page);
		await seed();
		await new JournalPage(page).open();
		await expect(app.heading()).toHaveText('My recovery journal');
		await app.goTo('Journal');
		await expect(app.heading()).toHaveText('Journal');
		await expect(page).toHaveTitle('Journal · Waymark');
		await app.goTo('Settings');
		await expect(app.heading()).toHaveText('Settings');
		await expect(page).toHaveTitle('Settings · Waymark');
		await app.goTo('Home');
		await expect(app.heading()).toHaveText('My recovery journal');
	});

	test('keeps the navigation in thumb reach on a phone and at the side on a desktop', async ({
		page,
		seed
	}) => {
		const app = new AppPage(page);
		await seed();
		await new JournalPage(page).open();
		const phone = (await app.nav.boundingBox())!;
		expect(phone.y + phone.height).toBeCloseTo(844, -1);
		await page.setViewportSize({ width: 1280, height: 800 });
		const desktop = (await app.nav.boundingBox())!;
		expect(desktop.x).toBeLessThan(20);
		expect(desktop.width).toBeLessThan(300);
	});

	test('shows Quick exit on every screen, including a page that does not exist', async ({
		page,
		seed
	}) => {
		// Three page loads, each unlocked again with the passphrase.
		test.slow();
		const app = new AppPage(page);
		await app.open('/');
		await expect(app.heading()).toHaveText('Welcome to Waymark');
		await expect(app.quickExit).toBeInViewport();
		await seed();
		for (const path of ['/', '/settings', '/no-such-page']) {
			await app.open(path);
			await expect(app.heading(), `${path} before unlocking`).toHaveText('Unlock my journal');
			await expect(app.quickExit).toBeInViewport();
			await app.openUnlocked(path);
			await expect(app.quickExit).toBeVisible();
			await expect(app.quickExit).toBeInViewport();
		}
		await expect(app.heading()).toHaveText("This page isn't here");
		await page.getByRole('link', { name: 'Go to the home screen' }).click();
		await expect(app.heading()).toHaveText('My recovery journal');
	});

	test('offers the skip link first and reaches every control by keyboard', async ({
		page,
		seed
	}) => {
		const app = new AppPage(page);
		await seed();
		await new JournalPage(page).open();
		// After each move between screens focus starts again from the top of the page.
		await app.goTo('Settings');
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.locator('main')).toBeFocused();
		await app.goTo('Home');
		await app.goTo('Settings');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: 'Waymark' })).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(page.getByRole('banner').getByRole('link', { name: 'Help now' })).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(app.quickExit).toBeFocused();
		// The theme choice works from the keyboard alone: arrows move between radio buttons.
		await page.getByRole('radio', { name: 'Match my device' }).focus();
		await page.keyboard.press('ArrowDown');
		await expect(page.getByRole('radio', { name: 'Light', exact: true })).toBeChecked();
	});

	test('keeps the layout whole when the text is twice as large', async ({ page, seed }) => {
		const app = new AppPage(page);
		const noOverflow = async (screen: string) => {
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow, `horizontal scrolling on ${screen}`).toBeLessThanOrEqual(0);
			await expect(app.quickExit).toBeInViewport();
		};
		await app.open('/');
		await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
		await noOverflow('the welcome screen');
		const journal = new JournalPage(page);
		await seed();
		await journal.open();
		await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
		for (const screen of ['Home', 'Journal', 'Settings'] as const) {
			await app.goTo(screen);
			await noOverflow(screen);
			await expect(app.nav.getByRole('link', { name: 'Settings' })).toBeInViewport();
		}
		await journal.lock();
		await noOverflow('the unlock screen');
	});

	test('stops animations when the person asks for reduced motion', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		const app = new AppPage(page);
		await app.open('/');
		const duration = await app.quickExit.evaluate((el) => getComputedStyle(el).transitionDuration);
		expect(parseFloat(duration)).toBeLessThan(0.001);
	});
});

test.describe('themes', () => {
	test('follows the device until the person chooses, then remembers the choice', async ({
		page,
		seed
	}) => {
		const app = new AppPage(page);
		const theme = () => page.locator('html').getAttribute('data-theme');
		await page.emulateMedia({ colorScheme: 'dark' });
		await seed();
		await app.openUnlocked('/settings');
		expect(await theme()).toBe('dark');
		await page.emulateMedia({ colorScheme: 'light' });
		await expect.poll(theme).toBe('light');

		await page.getByRole('radio', { name: 'Dark', exact: true }).check();
		expect(await theme()).toBe('dark');
		await page.reload();
		// The choice applies before the journal is unlocked.
		await expect(app.heading()).toHaveText('Unlock my journal');
		expect(await theme()).toBe('dark');
		await app.openUnlocked('/settings');
		expect(await theme()).toBe('dark');
		await expect(page.getByRole('radio', { name: 'Dark', exact: true })).toBeChecked();
		const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect(background).toBe('rgb(15, 25, 24)');
	});
});

test.describe('Quick exit', () => {
	test.use({ allowedOrigins: ['https://duckduckgo.com'] });

	test('hides the journal at once and replaces it with a weather search', async ({
		page,
		seed
	}) => {
		let seen = '';
		await page.route('https://duckduckgo.com/**', async (route) => {
			seen = route.request().url();
			await route.fulfill({
				contentType: 'text/html',
				body: '<title>Weather</title><h1>Weather</h1>'
			});
		});
		const app = new AppPage(page);
		await seed();
		await new JournalPage(page).open();
		await app.goTo('Settings');
		await app.quickExit.click();
		await expect(page).toHaveTitle('Weather');
		expect(seen).toContain('weather');
		// The screen it left is replaced in history, so Back does not return to it…
		await page.goBack();
		await expect(page).not.toHaveURL(/\/settings$/);
		// …and coming back to the app asks for the passphrase again.
		await expect(app.heading()).toHaveText('Unlock my journal');
		await expect(app.nav).toHaveCount(0);
	});

	test('goes where the person chose in settings', async ({ page, seed }) => {
		const app = new AppPage(page);
		await seed();
		await app.openUnlocked('/settings');
		await page.getByRole('radio', { name: 'A blank page' }).check();
		await app.goTo('Home');
		await app.quickExit.click();
		await expect(page).toHaveURL('about:blank');
		await page.goto('/');
		await expect(app.heading()).toHaveText('Unlock my journal');
		await expect(app.nav).toHaveCount(0);
	});
});
