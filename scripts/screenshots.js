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

		// The plan: a few sections written, then the overview and one section.
		await nav(page, 'My plan');
		await heading(page).waitFor();
		/** @param {string} title */
		const openSection = async (title) => {
			await page.getByRole('main').getByRole('link', { name: title }).click();
			await page.getByRole('heading', { name: title, level: 1 }).waitFor();
		};
		/** @param {string} label @param {string} add @param {string[]} items */
		const list = async (label, add, items) => {
			await page.getByRole('group', { name: label }).getByRole('button', { name: add }).click();
			for (const [n, item] of items.entries()) {
				if (n > 0) await page.keyboard.press('Enter');
				await page.keyboard.type(item);
			}
		};
		const saved = () =>
			page
				.getByRole('status')
				.filter({ hasText: /^Saved$/ })
				.waitFor();
		const back = () => nav(page, 'My plan');
		await openSection('About me');
		await page.getByLabel('What I like to be called').fill('Ali');
		await page
			.getByLabel('Who I am', { exact: true })
			.fill('A dad, a keen cook and a night owl. Being near the sea matters a lot to me.');
		await saved();
		await back();
		await openSection('My wellness toolbox');
		await list('Things that help me', 'Add thing that helps', [
			'A hot bath',
			'Calling my sister',
			'Twenty minutes outside'
		]);
		await saved();
		await back();
		await openSection('Early warning signs');
		await list('Signs I notice', 'Add sign', [
			'Sleeping past midday',
			'Skipping meals',
			'Not answering texts'
		]);
		await list('What I will do', 'Add action', [
			'Tell my worker at our next session',
			'Go back to my daily routine'
		]);
		await saved();
		await page.evaluate(() => scrollTo(0, 0));
		await shot('plan-section');
		await back();
		await heading(page).waitFor();
		await shot('plan');

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
