import { cp, mkdtemp, rename, rm, symlink } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { createSiteServer } from '../../scripts/serve.js';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app';

// This test deploys a second build (.builds/next, built by scripts/e2e.js) on its own server.
const port = 4175;
test.use({ baseURL: `http://127.0.0.1:${port}` });

test('offers a new version when one is deployed and reloads only when asked', async ({ page }) => {
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
		await app.open('/settings');
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
		expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
		await page.waitForTimeout(1000);
		expect(await page.evaluate(() => 'stillTheSamePage' in window)).toBe(true);

		await prompt.getByRole('button', { name: 'Later' }).click();
		await expect(prompt).toBeHidden();
		expect(await page.evaluate(() => 'stillTheSamePage' in window)).toBe(true);
		await expect(page.getByText('Waymark version 0.1.0', { exact: true })).toBeVisible();

		// Settings still offers the update after "Later".
		await page.getByRole('button', { name: 'Reload now' }).click();
		await expect(page.getByText('Waymark version 0.1.0 (next)')).toBeVisible();
		expect(await page.evaluate(() => 'stillTheSamePage' in window)).toBe(false);
		await expect(page.getByRole('radio', { name: 'A blank page' })).toBeChecked();
	} finally {
		await new Promise((resolve) => server.close(resolve));
		await rm(work, { recursive: true, force: true });
	}
});
