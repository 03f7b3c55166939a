import type { Browser, Page } from '@playwright/test';
import { expect, test, watchContext } from '../fixtures';

/** Sharing from the person's journal, and opening the link as their worker would. */
export class SharePage {
	constructor(readonly page: Page) {}

	heading() {
		return this.page.getByRole('heading', { level: 1 });
	}

	/** From the journey's front page to the start of a summary or a review preparation. */
	start(which: 'Share a summary' | 'Prepare for my review') {
		return test.step(`start: ${which}`, () => this.#start(which));
	}

	async #start(which: 'Share a summary' | 'Prepare for my review') {
		const { page } = this;
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Journey' })
			.click();
		await page.getByRole('link', { name: 'Share or prepare' }).click();
		await expect(this.heading()).toHaveText('Share with my worker');
		await page.getByRole('link', { name: which }).click();
		await expect(this.heading()).toHaveText(which);
		await expect(page.getByRole('heading', { name: 'Step 1 of 3: Choose' })).toBeVisible();
	}

	preview() {
		return this.page.getByRole('region', { name: 'Preview of the summary' });
	}

	/** From anywhere in the app to the check step of a summary of my goals. */
	checkMyGoals() {
		return test.step('a summary of my goals, to check', async () => {
			await this.#start('Share a summary');
			await this.page.getByRole('checkbox', { name: 'My goals' }).check();
			await this.page.getByRole('button', { name: 'Preview' }).click();
			await expect(this.page.getByRole('heading', { name: 'Step 2 of 3: Check' })).toBeFocused();
		});
	}

	/**
	 * From the check step: makes the link and returns it. A long link unless `kind` says short;
	 * with the sharing service away, a long one is all there is.
	 */
	makeLink({
		days = '14 days',
		pin = '',
		kind = 'long',
		views = ''
	}: { days?: string; pin?: string; kind?: 'long' | 'short'; views?: string } = {}) {
		return test.step(`make a ${kind} link`, () => this.#makeLink(days, pin, kind, views));
	}

	async #makeLink(days: string, pin: string, kind: 'long' | 'short', views: string) {
		const { page } = this;
		const make = page.getByRole('button', { name: 'Make the link' });
		// Enabled once the page knows whether the sharing service answers.
		await expect(make).toBeEnabled();
		const choice = page.getByRole('radio', {
			name: kind === 'long' ? /A long link/ : /A short link/
		});
		if (kind === 'short' || (await choice.count()) > 0) await choice.check();
		await page.getByLabel('The link works for').selectOption(days);
		if (views) await page.getByLabel('How many times it can be opened').selectOption(views);
		if (pin) await page.getByLabel('PIN', { exact: true }).fill(pin);
		await page.getByRole('button', { name: 'Make the link' }).click();
		await expect(page.getByRole('heading', { name: 'Step 3 of 3: Share' })).toBeFocused({
			timeout: 15_000
		});
		return page.getByLabel('The link', { exact: true }).inputValue();
	}
}

/**
 * The worker's side: a browser context that has never seen the journal, watched for requests
 * to other origins and for errors, with every request's address and referrer kept. With
 * `offline`, it may install the service worker, so the link can open without a network.
 */
export async function workerBrowser(browser: Browser, baseURL: string, { offline = false } = {}) {
	const context = await browser.newContext({
		viewport: { width: 1280, height: 900 },
		serviceWorkers: offline ? 'allow' : 'block'
	});
	const watched = watchContext(context, new URL(baseURL).origin);
	const requests: { url: string; referer: string }[] = [];
	context.on('request', (request) =>
		requests.push({ url: request.url(), referer: request.headers()['referer'] ?? '' })
	);
	return { context, watched, requests, page: await context.newPage() };
}
