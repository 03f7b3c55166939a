// Takes the README's screenshots from a running build: node scripts/screenshots.js [baseURL]
// (start one with `npm start`). Phone size 390x844 and desktop 1280x800, light and dark.
import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.js';

const base = process.argv[2] ?? 'http://localhost:4173';
const out = 'docs/screenshots';
const screens = [
	{ name: 'home', path: '/' },
	{ name: 'settings', path: '/settings' }
];
const sizes = [
	{ name: 'phone', viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 },
	{ name: 'desktop', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 }
];

await mkdir(out, { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions());
for (const size of sizes) {
	for (const colorScheme of /** @type {const} */ (['light', 'dark'])) {
		const context = await browser.newContext({ ...size, colorScheme, serviceWorkers: 'block' });
		const page = await context.newPage();
		for (const screen of screens) {
			await page.goto(base + screen.path);
			await page.getByRole('heading', { level: 1 }).waitFor();
			await page.screenshot({ path: `${out}/${screen.name}-${size.name}-${colorScheme}.png` });
		}
		await context.close();
	}
}
await browser.close();
