import { expect, test } from './fixtures';
import { JournalPage } from './pages/journal';

// "Ask to keep my journal" says what the browser answered, yes or no, instead of leaving the
// person to guess. Chromium decides by itself, so each test gives it its answer first.

for (const [answer, said] of [
	[true, 'My browser said yes: it will keep my journal'],
	[false, 'My browser said no for now.']
] as const)
	test(`asking to keep the journal says the browser ${answer ? 'agreed' : 'refused'}`, async ({
		page,
		seed
	}) => {
		// The browser refuses until the test says what it will answer (Waymark also asks by
		// itself when a journal is made).
		await page.addInitScript(() => {
			let kept = false;
			const storage = navigator.storage;
			const answer = () => (window as { persistAnswer?: boolean }).persistAnswer === true;
			storage.persisted = async () => kept;
			storage.persist = async () => (kept = answer());
		});
		const journal = new JournalPage(page);
		await seed();
		await journal.open();
		await journal.goTo('Settings');
		await page.evaluate((granted) => {
			(window as { persistAnswer?: boolean }).persistAnswer = granted;
		}, answer);
		await page.getByRole('button', { name: 'Ask to keep my journal' }).click();
		await expect(page.getByRole('status').filter({ hasText: said })).toBeVisible();
		if (answer)
			await expect(page.getByRole('button', { name: 'Ask to keep my journal' })).toHaveCount(0);
	});
