import type { Page } from '@playwright/test';
import { planSections } from '../../src/lib/domain/plan/plan-sections';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app';
import { JournalPage } from './pages/journal';
import { SharePage } from './pages/share';
import { fullJournal } from './support/full-journal';

// Readable at any text size (WCAG 2.2 1.4.4 and 1.4.10): with the whole plan written, no screen
// scrolls sideways at 320 CSS px, or on a phone with text at 200%, and the bottom bar's words
// never break in the middle.

const layouts = [
	{ name: '320 px', viewport: { width: 320, height: 640 }, text: '100%' },
	{ name: '390 px at 200% text', viewport: { width: 390, height: 844 }, text: '200%' },
	{ name: '320 px at 200% text', viewport: { width: 320, height: 640 }, text: '200%' }
];

/** Text size as a browser's setting sets it (the CSP refuses an injected stylesheet). */
async function setTextSize(page: Page, size: string) {
	await page.evaluate((size) => (document.documentElement.style.fontSize = size), size);
}

/** Whether the page is wider than its window, named for the message. */
async function expectNoSidewaysScroll(page: Page, screen: string) {
	// Charts and late-loading lists settle a frame after their data arrives.
	await page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
	);
	const { scrollWidth, clientWidth, widest } = await page.evaluate(() => {
		const { scrollWidth, clientWidth } = document.documentElement;
		// The innermost elements past the right edge, to say what to fix.
		const clipped = (el: Element) => {
			for (let up = el.parentElement; up && up !== document.body; up = up.parentElement)
				if (getComputedStyle(up).overflowX !== 'visible') return true;
			return false;
		};
		const past = [...document.body.querySelectorAll('*')].filter(
			(el) => el.getBoundingClientRect().right > clientWidth + 0.5 && !clipped(el)
		);
		const widest = past
			.filter((el) => !past.some((other) => other !== el && el.contains(other)))
			.slice(0, 3)
			.map((el) => `<${el.tagName.toLowerCase()} class="${el.className}">`);
		return { scrollWidth, clientWidth, widest };
	});
	expect
		.soft(scrollWidth, `${screen} scrolls sideways (${widest.join(', ')})`)
		.toBeLessThanOrEqual(clientWidth);
}

/**
 * Moves to a screen inside the app, as a link would: loading the address would lock the
 * journal. A link made for the moment is followed by SvelteKit's router like any other.
 */
async function visit(page: Page, path: string) {
	await page.evaluate((path) => {
		const link = document.createElement('a');
		link.href = path;
		document.body.append(link);
		link.click();
		link.remove();
	}, path);
	await page.waitForURL((url) => url.pathname === path);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** Bottom-bar words split over two lines, or labels cut short: none should be. */
async function splitNavWords(page: Page): Promise<string[]> {
	return page.getByRole('navigation', { name: 'Main' }).evaluate((nav) => {
		const split: string[] = [];
		for (const link of nav.querySelectorAll('a')) {
			// A label cut short (an ellipsis) is as unreadable as one split.
			for (const label of link.querySelectorAll('span'))
				if (label.scrollWidth > label.clientWidth + 1) split.push(`${label.textContent} (cut)`);
			const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const words = node.textContent ?? '';
				for (const match of words.matchAll(/\S+/g)) {
					const range = document.createRange();
					range.setStart(node, match.index);
					range.setEnd(node, match.index + match[0].length);
					const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
					if (tops.size > 1) split.push(match[0]);
				}
			}
		}
		return split;
	});
}

/** Screens reached by their address, with something each shows once its data has loaded. */
const screens: { path: string; shows?: string }[] = [
	{ path: '/', shows: 'My recovery journal' },
	{ path: '/plan' },
	{ path: '/plan/start' },
	...planSections.map((section) => ({ path: `/plan/${section.id}` })),
	{ path: '/plan/print', shows: 'Dr Priya Raghunathan' },
	{ path: '/plan/advance-statement/print', shows: 'treated at home by the home treatment team' },
	{ path: '/journey' },
	{ path: '/journey/timeline', shows: 'Get back to the allotment three times a week' },
	{ path: '/checkin' },
	{ path: '/checkin/charts' },
	{ path: '/checkin/monthly' },
	{ path: '/checkin/scales' },
	{ path: '/goals', shows: 'Get back to the allotment three times a week' },
	{ path: '/goals/new' },
	{ path: '/sessions', shows: 'Chris Okonkwo-Fairweather' },
	{ path: '/sessions/new', shows: 'Try going on my own once before we next meet.' },
	{ path: '/reviews', shows: 'Full review' },
	{ path: '/reviews/new' },
	{ path: '/reviews/needs' },
	{ path: '/journal', shows: 'A good Saturday at the community garden' },
	{ path: '/journal/new' },
	{ path: '/journal/search' },
	{ path: '/settings' },
	{ path: '/backup' },
	{ path: '/share' },
	{ path: '/share/review' },
	{ path: '/help' }
];

// One journey through the screens, each screen checked at every layout where it stands: resized
// in place, as a phone turned or its text made larger reflows it. A journey per layout checked
// the same screens in three times as long.
test('no screen scrolls sideways at 320 px, or at 390 or 320 px with 200% text, with the plan filled in', async ({
	page,
	seed
}) => {
	test.setTimeout(150_000);
	const check = async (screen: string) => {
		for (const layout of layouts) {
			await page.setViewportSize(layout.viewport);
			await setTextSize(page, layout.text);
			await expectNoSidewaysScroll(page, `${screen} at ${layout.name}`);
			if (await page.getByRole('navigation', { name: 'Main' }).isVisible())
				expect
					.soft(await splitNavWords(page), `bottom-bar words split on ${screen} at ${layout.name}`)
					.toEqual([]);
		}
	};
	const app = new AppPage(page);
	await app.open('/');
	await check('the welcome screen');
	await seed(fullJournal);
	await new JournalPage(page).open();

	for (const { path, shows } of screens) {
		await visit(page, path);
		if (shows) await expect(page.getByText(shows).first()).toBeVisible();
		await check(path);
	}

	// The crisis plan's people are all there, their numbers in view.
	await visit(page, '/plan/crisis-plan');
	const callJo = page.getByRole('link', { name: /Call Jo \(sister\)/ }).first();
	// Items off screen are laid out as they come near (content-visibility), so scroll again.
	await expect(async () => {
		await callJo.scrollIntoViewIfNeeded();
		await expect(callJo).toBeInViewport({ ratio: 1, timeout: 500 });
	}).toPass();

	// Screens reached from a list: a goal, a check-in, a journal entry, and writing one.
	await visit(page, '/goals');
	await page
		.getByRole('link', { name: /Get back to the allotment/ })
		.first()
		.click();
	await expect(page.getByText('Went with Amir and planted the broad beans.').first()).toBeVisible();
	await check('a goal');
	await visit(page, '/sessions');
	await page.getByRole('link', { name: /Chris Okonkwo-Fairweather/ }).click();
	await expect(page.getByLabel(/What we talked about/)).toHaveValue(/allotment/);
	await check('a session note');
	await visit(page, '/reviews');
	await page.getByRole('link', { name: /Full review/ }).click();
	await expect(page.getByLabel('What went well')).toHaveValue(/Fewer bad nights/);
	await check('a review');
	await visit(page, '/checkin');
	await page.locator('a[href^="/checkin/"]').filter({ hasText: /\S/ }).last().click();
	await expect(page).toHaveURL(/\/checkin\/[^/]+$/);
	await check('a check-in');
	await visit(page, '/journal');
	await page.getByRole('link', { name: /^A good Saturday/ }).click();
	await expect(page.getByLabel('What’s on my mind')).toHaveValue(/Amir picked me up/);
	await check('a journal entry');
	await visit(page, '/journal/search');
	await page.getByRole('searchbox').fill('broad beans');
	await expect(page.getByText(/broad beans/).first()).toBeVisible();
	await check('journal search with results');

	// The share flow's steps, and the worker's view of the link.
	const share = new SharePage(page);
	await share.start('Share a summary');
	await check('share: choose');
	await page.getByRole('checkbox', { name: 'My goals' }).check();
	await page.getByRole('checkbox', { name: 'Early warning signs' }).check();
	await page.getByRole('button', { name: 'Preview' }).click();
	await check('share: check');
	const link = await share.makeLink();
	await check('share: the link');

	await page.goto(link);
	await expect(
		page.getByText('Get back to the allotment three times a week').first()
	).toBeVisible();
	await check('/view');

	await app.open('/');
	await expect(app.heading()).toHaveText('Unlock my journal');
	await check('the unlock screen');
	await new JournalPage(page).unlock();
	await expect(app.heading()).toHaveText('My recovery journal');
});
