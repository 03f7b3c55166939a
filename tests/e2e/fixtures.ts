import { test as base, expect, type BrowserContext } from '@playwright/test';
import { seedJournal, type Fill, type SeedOptions } from './support/journal-seed';

/**
 * Watches a browser context for what must never happen while using Waymark: a request to another
 * origin, an uncaught error, or a console error (a CSP violation is reported as one).
 */
export function watchContext(
	context: BrowserContext,
	ownOrigin: string,
	allowedOrigins: string[] = []
) {
	const foreignRequests: string[] = [];
	const errors: string[] = [];
	context.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol === 'data:' || url.protocol === 'blob:') return;
		if (url.origin !== ownOrigin && !allowedOrigins.includes(url.origin))
			foreignRequests.push(request.url());
	});
	const watchPage = (page: import('@playwright/test').Page) => {
		page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
		page.on('console', (message) => {
			if (message.type() !== 'error') return;
			// The sharing service says "wrong PIN", "not found" or "ended" by status (401, 404, 410),
			// as designed, and Chromium logs each such answer as a failed load; so too a connection
			// a test refuses on purpose. Any other failure of the service is an error.
			const expected =
				/^Failed to load resource: (the server responded with a status of (401|404|410)\b|net::ERR_CONNECTION_REFUSED)/;
			if (message.location().url.startsWith(`${ownOrigin}/api/`) && expected.test(message.text()))
				return;
			errors.push(`console error: ${message.text()}`);
		});
	};
	context.pages().forEach(watchPage);
	context.on('page', watchPage);
	return {
		foreignRequests,
		errors,
		/** Call at the end of a test that made its own context. */
		check({ allowErrors = false } = {}) {
			expect(foreignRequests, 'requests to other origins').toEqual([]);
			if (!allowErrors) expect(errors, 'errors in the page').toEqual([]);
		}
	};
}

interface Options {
	/** Origins a test deliberately leaves for (Quick exit's destinations). */
	allowedOrigins: string[];
	/** Console errors a test provokes on purpose (the CSP test's injected script). */
	expectErrors: boolean;
}

/**
 * Puts a journal written in Node (support/journal-seed.ts) into this test's browser, before the
 * app first opens it: the page's next load of the app shows the unlock screen. Returns its recovery key and
 * what `fill` returned (the ids of what it wrote, say).
 */
type Seed = <T = undefined>(
	fill?: Fill<T>,
	options?: SeedOptions
) => Promise<{ recoveryKey: string; written: T }>;

export const test = base.extend<Options & { watched: ReturnType<typeof watchContext>; seed: Seed }>(
	{
		allowedOrigins: [[], { option: true }],
		expectErrors: [false, { option: true }],
		watched: [
			async ({ context, baseURL, allowedOrigins, expectErrors }, use) => {
				const watched = watchContext(context, new URL(baseURL!).origin, allowedOrigins);
				await use(watched);
				watched.check({ allowErrors: expectErrors });
			},
			{ auto: true }
		],
		seed: async ({ page, baseURL }, use) => {
			await use((fill, options) =>
				base.step('seed a journal', () =>
					seedJournal(page, new URL(baseURL!).origin, fill, options)
				)
			);
		}
	}
);

export { expect };
