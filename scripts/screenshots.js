// Takes the README's screenshots from a running build: node scripts/screenshots.js [baseURL]
// (start one with `npm start`). Phone size 390x844 and desktop 1280x800, light and dark.
// Each run sets up a journal in a fresh profile, so nothing real is ever photographed.
import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.js';

const base = process.argv[2] ?? 'http://localhost:4173';
const out = 'docs/screenshots';
const passphrase = 'kettle orbit velvet lantern';
const sizes = [
	{ name: 'phone', viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 },
	{ name: 'desktop', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 }
];

/** @param {import('@playwright/test').Page} page */
const heading = (page) => page.getByRole('heading', { level: 1 });

/** @param {import('@playwright/test').Page} page @param {string} label */
const nav = (page, label) =>
	page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }).click();

await mkdir(out, { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions());
for (const size of sizes) {
	for (const colorScheme of /** @type {const} */ (['light', 'dark'])) {
		const context = await browser.newContext({ ...size, colorScheme, serviceWorkers: 'block' });
		const page = await context.newPage();
		/** @param {string} name */
		const shot = (name) =>
			page.screenshot({ path: `${out}/${name}-${size.name}-${colorScheme}.png` });

		await page.goto(base);
		await heading(page).waitFor();
		await shot('welcome');
		await page.getByRole('button', { name: 'Set up my journal' }).click();
		await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
		await page.getByLabel('Type it again').fill(passphrase);
		await page.getByRole('button', { name: 'Continue' }).click();
		await page.getByRole('heading', { name: 'Save your recovery key' }).waitFor();
		await shot('recovery-key');
		await page.getByLabel('I’ve saved my recovery key somewhere safe.').check();
		await page.getByRole('button', { name: 'Create my journal' }).click();
		await page.getByRole('heading', { name: 'My recovery journal' }).waitFor({ timeout: 30_000 });
		await shot('home');

		await nav(page, 'Journal');
		await page.getByRole('link', { name: 'New entry' }).click();
		await page.getByLabel('Title (optional)').fill('A walk by the sea');
		await page
			.getByLabel('What’s on my mind')
			.fill('Walked to the harbour before breakfast. The light on the water helped.');
		await page.getByRole('button', { name: 'Save' }).click();
		await page.getByText('Saved.').waitFor();
		await page
			.getByLabel('What’s on my mind')
			.fill(
				'Walked to the harbour before breakfast. The light on the water helped, and I rang my sister after.'
			);
		await page.getByRole('button', { name: 'Save' }).click();
		await page.getByText(/^Version 1,/).waitFor();
		await shot('entry');

		await nav(page, 'Settings');
		await page.getByRole('link', { name: 'Go to backup' }).click();
		await page.getByRole('heading', { name: 'Make a backup' }).waitFor();
		await shot('backup');

		await page.getByRole('button', { name: 'Lock', exact: true }).click();
		await page.getByRole('heading', { name: 'Unlock your journal' }).waitFor();
		await shot('unlock');
		await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
		await page.getByRole('button', { name: 'Unlock', exact: true }).click();
		await page.getByRole('heading', { name: 'Backup', exact: true }).waitFor();
		await nav(page, 'Settings');
		await heading(page).waitFor();
		await shot('settings');
		await context.close();
	}
}
await browser.close();
