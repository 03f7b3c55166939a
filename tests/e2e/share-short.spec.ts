import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { JournalPage } from './pages/journal';
import { SharePage, workerBrowser } from './pages/share';
import { expectAccessibleInBothThemes } from './support/axe';
import { fullJournal } from './support/full-journal';
import { readQrCode } from './support/qr';

// Short links through the sharing service that `npm start` runs beside the app: the person
// shares, their worker presses Open, the person watches it being opened and stops it. Every
// request either page makes is kept, to show that none carries the key or a word written.
test.describe.configure({ timeout: 90_000 });

/** Words from the full journal that would show if the summary left the phone unsealed. */
const written = ['stubborn optimist', 'Pepper', '07700 900123', 'community garden'];

function recordRequests(page: Page) {
	const sent: string[] = [];
	page.on('request', (request) =>
		sent.push(`${request.url()} ${JSON.stringify(request.headers())} ${request.postData() ?? ''}`)
	);
	return sent;
}

async function shareEverything(page: Page, share: SharePage) {
	await share.start('Share a summary');
	for (const box of await page.getByRole('checkbox').all())
		if (await box.isEnabled()) await box.check();
	await page.getByRole('button', { name: 'Preview' }).click();
	await expect(page.getByRole('heading', { name: 'Step 2 of 3: Check' })).toBeFocused();
}

const sharedList = (page: Page) => page.getByRole('region', { name: 'What I have shared' });

test('a short link for a full plan: a QR code, opened only by pressing Open, watched and stopped', async ({
	page,
	browser,
	baseURL,
	seed
}) => {
	const share = new SharePage(page);
	await seed(fullJournal);
	const sent = recordRequests(page);
	await new JournalPage(page).open();
	await shareEverything(page, share);
	const url = await share.makeLink({ kind: 'short', days: '7 days' });
	expect(url).toMatch(/\/view#v2\.[\w-]{22}\.[\w-]{43}$/);
	expect(url.length).toBeLessThan(110);
	const key = url.split('.').at(-1)!;
	await expect(page.getByText(/The short link is ready/)).toBeVisible();
	// The QR code is there for the whole plan, and a camera reads the link from it.
	expect(await readQrCode(page.getByRole('img', { name: /QR code of the link/ }))).toBe(url);
	await page.getByRole('link', { name: 'Done' }).click();
	await expect(sharedList(page)).toContainText('Not opened yet');

	const worker = await workerBrowser(browser, baseURL!);
	const view = worker.page;
	const viewSent = recordRequests(view);
	await view.goto(url);
	const title = view.getByRole('heading', { level: 1 });
	await expect(title).toHaveText('A recovery summary has been shared with you');
	await expectAccessibleInBothThemes(
		view,
		'view: open a short link',
		'A recovery summary has been shared with you'
	);
	// A mail scanner that loads the page fetches nothing: only the press counts.
	expect(viewSent.filter((line) => line.includes('/api/'))).toEqual([]);
	await view.getByRole('button', { name: 'Open the summary' }).click();
	await expect(title).toHaveText('Sam’s recovery summary');
	// The key leaves the address bar once the summary is shown.
	expect(view.url()).toMatch(/\/view#opened\.[\w-]{22}$/);
	expect(view.url()).not.toContain(key);
	// A long summary starts with its contents; a link there moves to its section.
	const contents = view.getByRole('navigation', { name: 'In this summary' });
	const links = contents.getByRole('link');
	expect(await links.count()).toBeGreaterThan(8);
	const last = (await links.allTextContents()).at(-1)!;
	await links.last().click();
	await expect(view.getByRole('heading', { level: 2, name: last, exact: true })).toBeFocused();
	expect(view.url()).toMatch(/\/view#opened\./);
	// Nothing of it is kept in the worker's browser.
	expect(
		await view.evaluate(async () => ({
			databases: (await indexedDB.databases()).length,
			local: localStorage.length,
			session: sessionStorage.length,
			caches: (await caches.keys()).length
		}))
	).toEqual({ databases: 0, local: 0, session: 0, caches: 0 });
	// A reload asks whether the link still works, counting nothing, and opens nothing.
	await view.reload();
	await expect(title).toHaveText('This summary was opened in this tab');
	await expect(view.getByText(/The link still works until/)).toBeVisible();
	await expect(view.getByRole('main')).not.toContainText('stubborn optimist');

	// The person sees it opened, and stops it.
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Journey' })
		.click();
	await page.getByRole('link', { name: 'Share or prepare' }).click();
	await expect(sharedList(page)).toContainText(/Opened once, on/);
	await page.getByRole('button', { name: /^Stop sharing now/ }).click();
	const dialog = page.getByRole('dialog', { name: 'Stop sharing this summary?' });
	await expect(dialog).toBeVisible();
	await expectAccessibleInBothThemes(page, 'sharing: stop a short link', 'Share with my worker');
	await dialog.getByRole('button', { name: 'Stop sharing' }).click();
	await expect(sharedList(page)).toContainText('Stopped. The link no longer opens.');
	await expect(sharedList(page)).toContainText('Stopped: it no longer opens');
	await expect(page.getByRole('button', { name: /^Stop sharing now/ })).toHaveCount(0);

	// The worker's reload says it was taken back, and so does the link opened afresh.
	await view.reload();
	await expect(title).toHaveText('This summary can’t be shown');
	await expect(view.getByRole('alert')).toContainText('has taken it back');
	await expect(view.getByRole('main')).not.toContainText('stubborn optimist');
	await view.goto(url);
	await view.getByRole('button', { name: 'Open the summary' }).click();
	await expect(view.getByRole('alert')).toContainText('has taken it back');

	// No request from either side carried the key, or anything written, in the clear.
	for (const request of [...sent, ...viewSent]) {
		expect(request).not.toContain(key);
		for (const words of written) expect(request).not.toContain(words);
	}
	worker.watched.check();
	await worker.context.close();
});

test('five wrong PINs lock a short link for good', async ({ page, browser, baseURL, seed }) => {
	const share = new SharePage(page);
	await seed((j) => j.goal({ title: 'Walk to the allotment', progress: 4 }));
	await new JournalPage(page).open();
	await share.checkMyGoals();
	const url = await share.makeLink({ kind: 'short', pin: 'tea4two', views: '3 times' });
	expect(url).toMatch(/\/view#v2\.[\w-]{22}\.[\w-]{43}\.p$/);

	const worker = await workerBrowser(browser, baseURL!);
	const view = worker.page;
	const sent = recordRequests(view);
	// Without the PIN's mark, the relay's answer asks for it, and that first press is no try.
	await view.goto(url.slice(0, -2));
	await view.getByRole('button', { name: 'Open the summary' }).click();
	await expect(view.getByRole('heading', { level: 1 })).toHaveText('This summary has a PIN');
	await expect(view.getByLabel('PIN')).toBeFocused();
	await view.goto(url);
	await expect(view.getByText(/Five wrong PINs lock the link/)).toBeVisible();
	const pin = view.getByLabel('PIN');
	for (const left of ['4 tries are left', '3 tries are left', '2 tries are left', 'One more']) {
		await pin.fill('wrong1');
		await view.getByRole('button', { name: 'Open the summary' }).click();
		await expect(view.getByRole('alert')).toContainText(left, { timeout: 15_000 });
		await expect(pin).toBeFocused();
	}
	await pin.fill('wrong1');
	await view.getByRole('button', { name: 'Open the summary' }).click();
	await expect(view.getByRole('alert')).toContainText('locked because a wrong PIN was entered', {
		timeout: 15_000
	});
	// Even the right PIN opens nothing now.
	await view.reload();
	await view.getByLabel('PIN').fill('tea4two');
	await view.getByRole('button', { name: 'Open the summary' }).click();
	await expect(view.getByRole('alert')).toContainText('locked', { timeout: 15_000 });
	await expect(view.getByRole('main')).not.toContainText('Walk to the allotment');

	await page.getByRole('link', { name: 'Done' }).click();
	await expect(sharedList(page)).toContainText('Locked after five wrong PINs');
	// The PIN went to the relay only as a proof it cannot reverse.
	for (const request of sent)
		for (const pin of ['tea4two', 'wrong1']) expect(request).not.toContain(pin);
	worker.watched.check();
	await worker.context.close();
});

test('with the sharing service away, the app says so and still makes a long link', async ({
	page,
	browser,
	baseURL,
	seed
}) => {
	const share = new SharePage(page);
	await seed((j) => j.goal({ title: 'Walk to the allotment', progress: 4 }));
	await new JournalPage(page).open();
	await share.checkMyGoals();
	const short = await share.makeLink({ kind: 'short' });

	const worker = await workerBrowser(browser, baseURL!);
	const view = worker.page;
	await view.goto(short);
	// The service goes away, for both sides.
	const away = (target: Page) =>
		target.route('**/api/**', (route) => route.abort('connectionrefused'));
	await away(page);
	await away(view);
	await view.getByRole('button', { name: 'Open the summary' }).click();
	await expect(view.getByRole('alert')).toContainText('The sharing service isn’t answering');

	await share.checkMyGoals();
	await expect(page.getByText(/sharing service isn’t answering here/)).toBeVisible();
	await expect(page.getByRole('radio')).toHaveCount(0);
	const long = await share.makeLink();
	expect(long).toMatch(/\/view#v1\./);
	await view.goto(long);
	await expect(view.getByRole('heading', { level: 2 })).toHaveText('My goals');

	// Back again: the short link made before still opens, and the flow offers short links.
	await page.unroute('**/api/**');
	await view.unroute('**/api/**');
	await view.goto(short);
	await view.getByRole('button', { name: 'Open the summary' }).click();
	await expect(view.getByRole('heading', { level: 2 })).toHaveText('My goals');
	worker.watched.check();
	await worker.context.close();
});
