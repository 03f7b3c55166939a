import { cp, mkdtemp, rename, rm, symlink } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSiteServer } from '../../scripts/serve.js';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app';
import { JournalPage } from './pages/journal';
import { axeViolations } from './support/axe';

// This test deploys a second build (.builds/next, built by scripts/e2e.js) on its own server.
const port = 4175;
// Updating is the service worker's work, which other tests go without.
test.use({ baseURL: `http://127.0.0.1:${port}`, serviceWorkers: 'allow' });

test('offers a new version when one is deployed and reloads only when asked', async ({
	page,
	seed
}) => {
	// Two builds to copy, a journal to set up and to unlock again after the reload.
	test.slow();
	// The server reads through a symlink, so a deploy swaps every file in one rename, as static
	// hosts do: Chromium unregisters a service worker whose script answers 404 mid-deploy.
	const work = await mkdtemp(join(tmpdir(), 'waymark-deploy-'));
	const site = join(work, 'site');
	await cp('build', join(work, 'first'), { recursive: true });
	await cp('.builds/next', join(work, 'next'), { recursive: true });
	await symlink(join(work, 'first'), site);
	const server = createSiteServer({ root: site });
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	expect((server.address() as AddressInfo).port).toBe(port);
	try {
		const app = new AppPage(page);
		const journal = new JournalPage(page);
		await seed((j) =>
			j.entry({ title: 'Before the update', text: 'Written with the first version.' })
		);
		await journal.open();
		await app.goTo('Settings');
		await app.waitUntilReadyOffline();
		await expect(page.getByText('Waymark version 0.1.0', { exact: true })).toBeVisible();
		// Whatever the person has on screen must survive until they choose to reload.
		await page.getByRole('radio', { name: 'A blank page' }).check();
		await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));

		await symlink(join(work, 'next'), join(work, 'site-next'));
		await rename(join(work, 'site-next'), site);
		await page.getByRole('button', { name: 'Check for updates' }).click();

		const prompt = page.getByRole('region', { name: 'A new version is ready' });
		await expect(prompt).toBeVisible({ timeout: 15_000 });
		// Every rule axe runs by default, as AxeBuilder ran it.
		expect(await axeViolations(page, {})).toEqual([]);
		await page.waitForTimeout(1000);
		expect(await page.evaluate(() => 'stillTheSamePage' in window)).toBe(true);

		await prompt.getByRole('button', { name: 'Later' }).click();
		await expect(prompt).toBeHidden();
		expect(await page.evaluate(() => 'stillTheSamePage' in window)).toBe(true);
		await expect(app.heading()).toHaveText('Settings');
		await expect(page.getByText('Waymark version 0.1.0', { exact: true })).toBeVisible();

		// A missing address while the update waits opens once, not in a loop of reloads, even when
		// the worker's cache holds pages of one version and version.json of another, as it can when
		// a deploy lands while a worker is installing.
		await page.evaluate(async () => {
			for (const name of await caches.keys()) {
				const cache = await caches.open(name);
				for (const request of await cache.keys())
					if (new URL(request.url).pathname === '/_app/version.json')
						await cache.put(request, Response.json({ version: 'another' }));
			}
		});
		const lost = await page.context().newPage();
		let loads = 0;
		lost.on('load', () => loads++);
		await lost.goto('/no-such-page');
		await new JournalPage(lost).unlock();
		await expect(lost.getByRole('heading', { level: 1 })).toHaveText("This page isn't here");
		await lost.waitForTimeout(1500);
		expect(loads).toBe(1);
		await lost.close();

		// Settings still offers the update after "Later".
		await page.getByRole('button', { name: 'Reload now' }).click();
		// Reloading locks the journal; the new version opens it, and what was written before.
		await journal.unlock();
		await expect(page.getByText('Waymark version 0.1.0 (next)')).toBeVisible();
		expect(await page.evaluate(() => 'stillTheSamePage' in window)).toBe(false);
		await expect(page.getByRole('radio', { name: 'A blank page' })).toBeChecked();
		await app.goTo('Journal');
		await expect(page.getByRole('link', { name: /Before the update/ })).toBeVisible();
	} finally {
		await new Promise((resolve) => server.close(resolve));
		await rm(work, { recursive: true, force: true });
	}
});
