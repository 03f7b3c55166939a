import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from '../fixtures';

/** Runs axe on the screen on show, once its heading and the theme are in place. */
export async function expectAccessible(
	page: Page,
	theme: string,
	screen: string,
	heading: string,
	{ coloursOnly = false } = {}
) {
	// Ten seconds: under the full suite's load, a screen's first visit can take a while to arrive.
	await expect(page.getByRole('heading', { level: 1 }), `${screen} screen`).toHaveText(heading, {
		timeout: 10_000
	});
	await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
	// From the top of the screen: scrolled, whatever sits half under the sticky header or the
	// bottom bar counts as an obscured target, which says where the page was left, not its design.
	await page.evaluate(() => scrollTo(0, 0));
	const axe = new AxeBuilder({ page });
	// A second theme changes colours only: contrast is what there is left to check.
	if (coloursOnly) axe.withRules(['color-contrast', 'link-in-text-block']);
	else axe.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);
	const { violations } = await axe.analyze();
	const summary = violations.map((v) => ({
		rule: v.id,
		targets: v.nodes.map((n) => n.target.join(' '))
	}));
	expect(summary, `${screen} screen (${theme})`).toEqual([]);
}

/**
 * Runs axe on the screen on show in the light theme, then its colours again in the dark (the
 * device's setting, which Waymark follows), and leaves it light: one walk checks both themes.
 */
export async function expectAccessibleInBothThemes(page: Page, screen: string, heading: string) {
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await expectAccessible(page, colorScheme, screen, heading, {
			coloursOnly: colorScheme === 'dark'
		});
	}
	await page.emulateMedia({ colorScheme: 'light' });
}
