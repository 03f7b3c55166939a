import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../scripts/chromium.js';
import { expect, test, watchContext } from './fixtures';
import { AppPage } from './pages/app';
import { JournalPage } from './pages/journal';
import { seedJournal } from './support/journal-seed';

// Installing needs the service worker, which other tests go without.
test.use({ serviceWorkers: 'allow' });

test('serves a valid manifest whose icons load at the sizes they claim', async ({
	page,
	request
}) => {
	const app = new AppPage(page);
	await app.open('/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	const response = await request.get(href!);
	expect(response.ok()).toBe(true);
	expect(response.headers()['content-type']).toContain('application/manifest+json');
	const manifest = await response.json();
	expect(manifest).toMatchObject({
		name: expect.any(String),
		short_name: 'Waymark',
		start_url: '/',
		display: 'standalone'
	});
	expect(manifest.theme_color).toMatch(/^#/);
	expect(manifest.background_color).toMatch(/^#/);
	const purposes = new Set<string>();
	for (const icon of manifest.icons) {
		const image = await request.get(icon.src);
		expect(image.ok(), icon.src).toBe(true);
		expect(image.headers()['content-type']).toBe(icon.type);
		if (icon.type === 'image/png') {
			const bytes = await image.body();
			expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`).toBe(icon.sizes);
			purposes.add(`${icon.sizes} ${icon.purpose}`);
		}
	}
	expect([...purposes]).toEqual(
		expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable'])
	);
	// The apple-touch-icon iOS uses for the home screen loads too.
	const touch = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
	expect((await request.get(touch!)).ok()).toBe(true);
});

test('Chromium finds nothing stopping the app from being installed', async ({ baseURL }) => {
	// Chromium never offers installation in a private window, which a new context is: use a profile.
	const profile = await mkdtemp(join(tmpdir(), 'waymark-profile-'));
	const context = await chromium.launchPersistentContext(profile, {
		...chromiumLaunchOptions(),
		baseURL,
		viewport: { width: 390, height: 844 },
		serviceWorkers: 'allow'
	});
	try {
		const watched = watchContext(context, new URL(baseURL!).origin);
		const page = context.pages()[0] ?? (await context.newPage());
		const app = new AppPage(page);
		await seedJournal(page, new URL(baseURL!).origin);
		await new JournalPage(page).open();
		await app.waitUntilReadyOffline();
		const cdp = await context.newCDPSession(page);
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		expect(installabilityErrors).toEqual([]);
		const { url, errors } = await cdp.send('Page.getAppManifest');
		expect(url).toMatch(/\/manifest\.webmanifest$/);
		expect(errors).toEqual([]);
		watched.check();
	} finally {
		await context.close();
		await rm(profile, { recursive: true, force: true });
	}
});
