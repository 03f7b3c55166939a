import axe from 'axe-core';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';

// axe-core is put into the page once and run there directly: AxeBuilder injects it again on
// every run and finishes each run in a blank page of its own, which costs several times the
// check itself. Waymark has no frames, so one run over the document sees everything.

/** Every rule of these standards: what a screen is checked against. */
const standards = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** A second theme changes colours only: contrast is what there is left to check. */
const colourRules = ['color-contrast', 'link-in-text-block'];

type Violation = { id: string; nodes: { target: unknown[] }[] };

/** Puts axe into the page unless this document already has it (a page load clears it). */
async function injectAxe(page: Page) {
	if (await page.evaluate(() => 'axe' in window)) return;
	await page.evaluate(axe.source);
	await page.evaluate(() =>
		(window as unknown as { axe: typeof axe }).axe.configure({
			allowedOrigins: ['<same_origin>']
		})
	);
}

/** The violations on show now: of the standards above, or with axe's options as given. */
export async function axeViolations(
	page: Page,
	options: axe.RunOptions = { runOnly: { type: 'tag', values: standards } }
): Promise<Violation[]> {
	await injectAxe(page);
	return page.evaluate(async (options) => {
		const { violations } = await (window as unknown as { axe: typeof axe }).axe.run(
			document,
			options
		);
		return violations.map(({ id, nodes }) => ({
			id,
			nodes: nodes.map((n) => ({ target: n.target }))
		}));
	}, options);
}

/** Runs axe on the screen on show, once its heading and the theme are in place. */
export async function expectAccessible(
	page: Page,
	theme: string,
	screen: string,
	heading: string,
	{ coloursOnly = false } = {}
) {
	await test.step(`axe: ${screen} (${theme})`, async () => {
		// Ten seconds: under the full suite's load, a screen's first visit can take a while to arrive.
		await expect(page.getByRole('heading', { level: 1 }), `${screen} screen`).toHaveText(heading, {
			timeout: 10_000
		});
		await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
		// From the top of the screen: scrolled, whatever sits half under the sticky header or the
		// bottom bar counts as an obscured target, which says where the page was left, not its design.
		await page.evaluate(() => scrollTo(0, 0));
		const violations = await axeViolations(page, {
			runOnly: coloursOnly
				? { type: 'rule', values: colourRules }
				: { type: 'tag', values: standards }
		});
		const summary = violations.map((v) => ({
			rule: v.id,
			targets: v.nodes.map((n) => n.target.join(' '))
		}));
		expect(summary, `${screen} screen (${theme})`).toEqual([]);
	});
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
