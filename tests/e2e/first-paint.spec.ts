import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The first screens paint from their HTML, before any of the app's scripts has run: the welcome
// for a new visitor, a neutral "Opening…" for a returning person, and the worker's /view.

/** Holds back every script file, so only what the HTML itself draws is on screen. */
async function withoutScripts(page: Page) {
	await page.route('**/_app/**/*.js', (route) => route.abort());
}
// A script that fails to load is a console error, which is the point here.
test.use({ expectErrors: true });

test('a first visit paints the welcome from its HTML, styled, and it works once scripts run', async ({
	page
}) => {
	const stylesheets: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'stylesheet') stylesheets.push(request.url());
	});
	await withoutScripts(page);
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Waymark');
	await expect(page.getByRole('button', { name: 'Set up my journal' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Quick exit' })).toBeVisible();
	await expect(page.getByText('Opening…')).toBeHidden();
	// Its styles are in the page: the frame is laid out before any file arrives.
	expect(stylesheets).toEqual([]);
	await expect(page.locator('.topbar')).toHaveCSS('position', 'sticky');
	// Nor does it name anything the browser would ask for by itself before the paint: the icon
	// is empty, and the manifest comes with the app's start.
	await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', 'data:,');
	await expect(page.locator('link[rel="manifest"], link[rel="apple-touch-icon"]')).toHaveCount(0);

	await page.unrouteAll();
	await page.reload();
	await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', /\/favicon\.ico$/);
	await expect(page.locator('link[rel="manifest"]')).toHaveAttribute(
		'href',
		/\/manifest\.webmanifest$/
	);
	await page.getByRole('button', { name: 'Set up my journal' }).click();
	await expect(page.getByLabel('Passphrase', { exact: true })).toBeVisible();
});

test('a returning person sees “Opening…”, never the welcome, then the unlock screen', async ({
	page,
	seed
}) => {
	await seed();
	await withoutScripts(page);
	await page.goto('/');
	await expect(page.getByText('Opening…')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Welcome to Waymark' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Quick exit' })).toBeVisible();

	// Every heading shown, frame by frame, from the first paint until the unlock screen.
	await page.addInitScript(() => {
		const seen: string[] = [];
		Object.assign(window, { headingsSeen: seen });
		const look = () => {
			for (const heading of document.querySelectorAll('h1'))
				if (heading.checkVisibility()) seen.push(heading.textContent?.trim() ?? '');
			requestAnimationFrame(look);
		};
		requestAnimationFrame(look);
	});
	await page.unrouteAll();
	await page.reload();
	await expect(page.getByLabel('Passphrase', { exact: true })).toBeVisible();
	const seen = await page.evaluate(
		() => (window as unknown as { headingsSeen: string[] }).headingsSeen
	);
	expect(seen).not.toContain('Welcome to Waymark');
	expect(seen.length).toBeGreaterThan(0);
});

test('the worker’s view paints from its HTML before any script runs', async ({ page }) => {
	await withoutScripts(page);
	await page.goto('/view#not-yet-read');
	await expect(page.getByText('Opening the summary…')).toBeVisible();
	await expect(page.getByRole('link', { name: /Help now/ })).toBeVisible();
});

test('a short link’s first screen paints from the HTML, with or without its PIN', async ({
	page
}) => {
	await withoutScripts(page);
	const link = `v2.${'A'.repeat(22)}.${'B'.repeat(43)}`;
	await page.goto(`/view#${link}`);
	const title = page.getByRole('heading', { level: 1 });
	await expect(title).toHaveText('A recovery summary has been shared with you');
	await expect(page.getByText(/fetched and opened only when you press the button/)).toBeVisible();
	await expect(page.getByText(/It has a PIN/)).toBeHidden();
	await expect(page.getByText('Opening the summary…')).toBeHidden();
	// A page of its own: the first script reads the address once, before the first paint.
	const withPin = await page.context().newPage();
	await withoutScripts(withPin);
	await withPin.goto(`/view#${link}.p`);
	await expect(withPin.getByText(/It has a PIN/)).toBeVisible();
	await expect(withPin.getByText(/fetched and opened only when you press/)).toBeHidden();
});

test.describe('before the app has started', () => {
	test.use({ allowedOrigins: ['https://duckduckgo.com'] });

	test('Quick exit already leaves, and the welcome’s buttons wait rather than do nothing', async ({
		page
	}) => {
		await page.route('https://duckduckgo.com/**', (route) =>
			route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' })
		);
		await withoutScripts(page);
		await page.goto('/');
		await expect(page.getByRole('button', { name: 'Set up my journal' })).toBeDisabled();
		await expect(page.getByRole('button', { name: 'Restore from a backup' })).toBeDisabled();
		await page.getByRole('button', { name: 'Quick exit' }).click();
		await expect(page).toHaveTitle('Weather');
	});
});
