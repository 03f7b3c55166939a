import { expect, test } from './fixtures';
import { pdfPageTexts } from './support/pdf-text';
import { JournalPage } from './pages/journal';
import { SharePage, workerBrowser } from './pages/share';
import { expectAccessibleInBothThemes } from './support/axe';
import { list, type JournalWriter } from './support/journal-writer';

// Sharing a read-only summary: the person chooses and checks what goes in, and their worker opens
// the link in a browser that has never seen the journal, online and offline.
test.describe.configure({ timeout: 90_000 });

const changeAt = (text: string, at: number) =>
	text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);

const hostile = '<img src=x onerror="document.title=1">Hope & <b>tea</b> مرحبا 🌱';

const aGoal = (j: JournalWriter) => j.goal({ title: 'Walk to the allotment', progress: 4 });

test('a worker opens a shared summary in a fresh browser and sees exactly what was chosen', async ({
	page,
	browser,
	baseURL,
	seed
}) => {
	const share = new SharePage(page);
	await seed(async (j) => {
		await j.plan('early-warning-signs', { notice: list('Sleeping past midday', hostile) });
		await j.plan('strengths', { strengths: list('Kept private') });
		await aGoal(j);
	});
	await new JournalPage(page).open();

	await share.start('Share a summary');
	await page.getByRole('checkbox', { name: 'Early warning signs' }).check();
	await page.getByRole('checkbox', { name: 'My goals' }).check();
	await expect(page.getByRole('checkbox', { name: /My crisis plan/ })).toBeDisabled();
	await page.getByLabel('Things I want to talk about').fill('Cutting down my evening dose');
	await page.getByRole('button', { name: 'Preview' }).click();
	await expect(page.getByRole('heading', { name: 'Step 2 of 3: Check' })).toBeFocused();
	const preview = share.preview();
	await expect(preview.getByRole('heading', { level: 3 })).toHaveText([
		'Things I want to talk about',
		'My goals',
		'Early warning signs'
	]);
	await expect(preview).not.toContainText('Kept private');
	const url = await share.makeLink({ days: '7 days' });
	expect(url).toMatch(/\/view#v1\.[\w-]+\.[\w-]{43}$/);
	await expect(page.getByRole('img', { name: /QR code of the link/ })).toBeVisible();

	await page.getByRole('link', { name: 'Done' }).click();
	const shared = page.getByRole('region', { name: 'What I have shared' });
	await expect(shared).toContainText(
		'Things I want to talk about · My goals · Early warning signs'
	);

	// Its service worker is allowed: the link is opened offline later.
	const worker = await workerBrowser(browser, baseURL!, { offline: true });
	const view = worker.page;
	await view.goto(url);
	await expect(view.getByRole('heading', { level: 1 })).toHaveText('A recovery summary');
	await expect(view.getByRole('heading', { level: 2 })).toHaveText([
		'Things I want to talk about',
		'My goals',
		'Early warning signs'
	]);
	await expect(view.getByText('This is a snapshot')).toBeVisible();
	await expect(view.getByText(/This link works until/)).toBeVisible();
	await expect(view.getByRole('main')).not.toContainText('Kept private');
	// Written as text: the markup shows as typed and nothing of it runs.
	await expect(view.getByText(hostile, { exact: true })).toBeVisible();
	await expect(view.locator('main img')).toHaveCount(0);
	expect(await view.title()).toBe('A shared recovery summary · Waymark');
	// The worker's browser holds no journal.
	expect(await view.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);

	// Printing: the print button goes, and an A4 PDF holds the summary.
	await view.emulateMedia({ media: 'print' });
	await expect(view.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
	const pdf = await view.pdf({ format: 'A4', preferCSSPageSize: true });
	expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	// On paper, as the plan prints: whose summary and when on each page, and its page number.
	const pages = pdfPageTexts(pdf).map((words) => words.replace(/\s+/g, ' '));
	pages.forEach((words, n) => {
		expect(words).toMatch(/Recovery summary · shared /);
		expect(words).toContain(`Page ${n + 1} of ${pages.length}`);
	});
	await view.emulateMedia({ media: 'screen' });

	// Offline, once the app is in the worker's browser, the link still opens.
	await view.evaluate(() => navigator.serviceWorker.ready);
	await worker.context.setOffline(true);
	const again = await worker.context.newPage();
	await again.goto(url);
	await expect(again.getByRole('heading', { level: 2 }).first()).toHaveText(
		'Things I want to talk about'
	);
	await worker.context.setOffline(false);

	// Nothing went anywhere but this app, and no request carried the summary or its key.
	const fragment = url.split('#')[1];
	const origin = new URL(baseURL!).origin;
	for (const { url: requested, referer } of worker.requests) {
		expect(new URL(requested).origin).toBe(origin);
		expect(requested).not.toContain(fragment.slice(3, 40));
		expect(referer).not.toContain(fragment.slice(3, 40));
	}
	worker.watched.check();

	// The same link, changed by one character, cut short, from a newer app, or past its expiry.
	const cases: [string, string | RegExp][] = [
		// A character in the middle of the box: its last one may carry spare bits, which strict
		// decoding refuses as damage before the box is ever opened.
		[changeAt(url, url.indexOf('#v1.') + 20), 'changed or cut short'],
		[url.slice(0, -10), 'incomplete or damaged'],
		[url.replace('#v1.', '#v7.'), 'newer version of Waymark']
	];
	for (const [link, message] of cases) {
		await again.goto(link);
		await expect(again.getByRole('alert')).toContainText(message);
		await expect(again.getByRole('main')).not.toContainText('Walk to the allotment');
	}
	const later = await worker.context.newPage();
	await later.clock.install({ time: Date.now() + 8 * 24 * 60 * 60 * 1000 });
	await later.goto(url);
	await expect(later.getByRole('alert')).toContainText('This summary expired on');
	await worker.context.close();
});

test('a review preparation with a PIN shows what changed since my last review', async ({
	page,
	browser,
	baseURL,
	seed
}) => {
	const share = new SharePage(page);
	const reviewDay = new Date(Date.now() - 20 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
	await seed(async (j) => {
		// A first review is a full one.
		await j.review({ date: reviewDay, full: true });
		await j.plan('wellness-toolbox', { tools: list('Calling Sam') });
		await j.checkins([{ scores: { mood: 2 } }]);
	});
	await new JournalPage(page).open();

	await share.start('Prepare for my review');
	await expect(page.getByText(/My last review was on/)).toBeVisible();
	await expect(page.getByRole('checkbox', { name: 'What changed in my plan' })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'How my check-ins went' })).toBeChecked();
	await page.getByLabel('Things I want to talk about').fill('Going back to work');
	await page.getByRole('button', { name: 'Preview' }).click();
	await expect(share.preview()).toContainText('Added (Things that help me): Calling Sam');
	await expect(share.preview()).toContainText('1 check-in from');
	await page.getByLabel('PIN', { exact: true }).fill('12');
	await page.getByRole('button', { name: 'Make the link' }).click();
	await expect(page.getByRole('alert').filter({ hasText: 'A PIN needs 6 to 12' })).toBeVisible();
	const url = await share.makeLink({ pin: '481516' });
	await expect(page.getByText('Remember to tell them the PIN separately: 481516')).toBeVisible();

	const worker = await workerBrowser(browser, baseURL!);
	const view = worker.page;
	await view.goto(url);
	await expect(view.getByRole('heading', { level: 1 })).toHaveText('This summary has a PIN');
	await view.getByLabel('PIN').fill('000000');
	await view.getByRole('button', { name: 'Open the summary' }).click();
	await expect(view.getByRole('alert')).toContainText('That PIN doesn’t open this summary', {
		timeout: 15_000
	});
	await view.getByLabel('PIN').fill('481516');
	await view.getByRole('button', { name: 'Open the summary' }).click();
	await expect(view.getByRole('heading', { level: 1 })).toHaveText('Getting ready for my review', {
		timeout: 15_000
	});
	await expect(view.getByText(/Covers the time since my last review/)).toBeVisible();
	await expect(view.getByRole('main')).toContainText('Added (Things that help me): Calling Sam');
	await expect(view.getByRole('main')).toContainText('Going back to work');
	worker.watched.check();
	await worker.context.close();
});

test.describe('every sharing screen passes axe in both themes', () => {
	test('choosing, checking, the link, and what I have shared', async ({ page, seed }) => {
		const share = new SharePage(page);
		await seed(aGoal);
		await new JournalPage(page).open();
		await share.start('Share a summary');
		await expectAccessibleInBothThemes(page, 'share: choose', 'Share a summary');
		await page.getByRole('checkbox', { name: 'My goals' }).check();
		await page.getByRole('button', { name: 'Preview' }).click();
		await expectAccessibleInBothThemes(page, 'share: check', 'Share a summary');
		await share.makeLink({ pin: 'tea4two' });
		await expectAccessibleInBothThemes(page, 'share: the link', 'Share a summary');
		await page.getByRole('link', { name: 'Done' }).click();
		await expectAccessibleInBothThemes(page, 'sharing, with one shared', 'Share with my worker');
	});

	test('the worker’s view: its PIN, the summary and a problem', async ({
		page,
		browser,
		baseURL,
		seed
	}) => {
		const share = new SharePage(page);
		await seed(aGoal);
		await new JournalPage(page).open();
		await share.checkMyGoals();
		const url = await share.makeLink({ pin: 'tea4two' });

		const worker = await workerBrowser(browser, baseURL!);
		const view = worker.page;
		await view.goto(url);
		await expectAccessibleInBothThemes(view, 'view: PIN', 'This summary has a PIN');
		await view.getByLabel('PIN').fill('tea4two');
		await view.getByRole('button', { name: 'Open the summary' }).click();
		await expectAccessibleInBothThemes(view, 'view: summary', 'A recovery summary');
		await view.goto(url.replace('#v1.', '#v9.'));
		await expectAccessibleInBothThemes(view, 'view: a problem', 'This summary can’t be shown');
		worker.watched.check();
		await worker.context.close();
	});
});
