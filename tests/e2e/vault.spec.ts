import { expect, test } from './fixtures';
import { JournalPage, passphrase } from './pages/journal';

test.describe('the journal vault', () => {
	test('sets up, writes, locks and unlocks', async ({ page }) => {
		const journal = new JournalPage(page);
		await journal.setUp();
		await journal.writeEntry('A walk', 'The lighthouse keeper waved at me');
		await journal.lock();
		await expect(page.getByText('lighthouse keeper')).toHaveCount(0);
		await journal.unlock(passphrase);
		await journal.goTo('Journal');
		await expect(page.getByRole('link', { name: /A walk/ })).toBeVisible();
	});
});
