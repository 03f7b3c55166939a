import { expect, test } from './fixtures';
import { AppPage } from './pages/app';
import { JournalPage } from './pages/journal';

// Offline use needs the service worker, which other tests go without.
test.use({ serviceWorkers: 'allow' });

test('opens, unlocks and moves between screens with the network off', async ({
	page,
	context,
	seed
}) => {
	const app = new AppPage(page);
	const journal = new JournalPage(page);
	await seed();
	await journal.open();
	await app.waitUntilReadyOffline();

	await context.setOffline(true);
	await page.reload();
	// Unlocking derives the key in a worker, whose script must come from the precache.
	const workerScript = context.waitForEvent('response', (response) =>
		/\.worker\b.*\.js$/.test(new URL(response.url()).pathname)
	);
	await journal.unlock();
	await expect(app.heading()).toHaveText('My recovery journal');
	expect((await workerScript).fromServiceWorker()).toBe(true);
	await app.goTo('Settings');
	await expect(app.heading()).toHaveText('Settings');
	await app.goTo('Home');
	await expect(app.heading()).toHaveText('My recovery journal');

	// Opening a screen by its address also works offline, as from a home-screen shortcut.
	await app.openUnlocked('/settings');
	await expect(app.heading()).toHaveText('Settings');
	// Icons come from the precache too (a fetch from the page goes through
	// the service worker; the network is off).
	const statuses = await page.evaluate(() =>
		Promise.all(
			['/icons/icon-192.png', '/favicon.ico'].map(async (path) => (await fetch(path)).status)
		)
	);
	expect(statuses).toEqual([200, 200]);
});
