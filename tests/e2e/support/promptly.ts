import type { Page } from '@playwright/test';

/**
 * Waits, looking every frame, until `visible(selector, text)` holds in the page. Playwright's own
 * waits look again only every half second once past 270 ms, so a screen that comes after
 * Argon2id or a page load was seen up to half a second late, some 200 times a run. Resolves
 * either way: the assertion that follows is what passes or fails, with its own message.
 */
export async function promptly(page: Page, selector: string, text?: string, timeout = 15_000) {
	await page
		.waitForFunction(
			([selector, text]) =>
				[...document.querySelectorAll(selector)].some(
					(element) =>
						element.checkVisibility() &&
						(text === undefined || element.textContent?.replace(/\s+/g, ' ').trim() === text)
				),
			[selector, text] as const,
			{ timeout, polling: 'raf' }
		)
		.catch(() => {});
}
