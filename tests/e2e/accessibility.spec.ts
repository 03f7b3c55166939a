import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app';

const screens = [
	{ name: 'home', path: '/' },
	{ name: 'settings', path: '/settings' },
	{ name: 'not found', path: '/no-such-page' }
];
const sizes = [
	{ name: 'phone', width: 390, height: 844 },
	{ name: 'desktop', width: 1280, height: 800 }
];

for (const colorScheme of ['light', 'dark'] as const) {
	for (const size of sizes) {
		test(`every screen passes axe on a ${size.name} in the ${colorScheme} theme`, async ({
			page
		}) => {
			await page.setViewportSize(size);
			await page.emulateMedia({ colorScheme });
			const app = new AppPage(page);
			for (const screen of screens) {
				await app.open(screen.path);
				await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
				const { violations } = await new AxeBuilder({ page })
					.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
					.analyze();
				const summary = violations.map((v) => ({
					rule: v.id,
					targets: v.nodes.map((n) => n.target.join(' '))
				}));
				expect(summary, `${screen.name} screen`).toEqual([]);
			}
		});
	}
}
