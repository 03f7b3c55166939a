import { expect, test } from './fixtures';
import { AppPage } from './pages/app';
import { JournalPage, passphrase } from './pages/journal';
import { expectAccessible } from './support/axe';

const sizes = [
	{ name: 'phone', width: 390, height: 844 },
	{ name: 'desktop', width: 1280, height: 800 }
];

for (const colorScheme of ['light', 'dark'] as const) {
	for (const size of sizes) {
		test.describe(`on a ${size.name} in the ${colorScheme} theme`, () => {
			test.beforeEach(async ({ page }) => {
				// Each test runs axe on several screens, which takes a while on a busy machine.
				test.slow();
				await page.setViewportSize(size);
				await page.emulateMedia({ colorScheme });
			});

			test('every first-run screen passes axe', async ({ page }) => {
				await new AppPage(page).open('/');
				await expectAccessible(page, colorScheme, 'welcome', 'Welcome to Waymark');
				await page.getByRole('button', { name: 'Set up my journal' }).click();
				await expectAccessible(page, colorScheme, 'passphrase step', 'Choose a passphrase');
				await page.getByRole('button', { name: 'Continue' }).click();
				await expect(page.getByText('Use at least 8 characters.').first()).toBeVisible();
				await expectAccessible(
					page,
					colorScheme,
					'passphrase step with its errors',
					'Choose a passphrase'
				);
				await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
				await page.getByLabel('Type it again').fill(passphrase);
				await page.getByRole('button', { name: 'Continue' }).click();
				await expectAccessible(page, colorScheme, 'recovery-key step', 'Save your recovery key');
			});

			test('every screen of a set-up journal passes axe', async ({ page }) => {
				const app = new AppPage(page);
				const journal = new JournalPage(page);
				await journal.setUp();
				await expectAccessible(page, colorScheme, 'home', 'My recovery journal');
				await app.goTo('Journal');
				await expectAccessible(page, colorScheme, 'journal', 'Journal');
				await page.getByRole('link', { name: 'New entry' }).click();
				await expectAccessible(page, colorScheme, 'new entry', 'New entry');
				await app.goTo('Settings');
				await expectAccessible(page, colorScheme, 'settings', 'Settings');
				// The erase dialog, open over the screen, with its error showing.
				await page.getByRole('button', { name: 'Erase this journal…' }).click();
				const dialog = page.getByRole('dialog', { name: 'Erase your journal from this device?' });
				await dialog.getByRole('button', { name: 'Erase everything' }).click();
				await expect(dialog.getByRole('alert')).toBeVisible();
				await expectAccessible(page, colorScheme, 'erase dialog', 'Settings');
				await dialog.getByRole('button', { name: 'Keep my journal' }).click();
				await page.getByRole('link', { name: 'Go to backup' }).click();
				await expectAccessible(page, colorScheme, 'backup', 'Backup');

				await app.openUnlocked('/no-such-page');
				await expectAccessible(page, colorScheme, 'not found', "This page isn't here");
				// A reload locks the journal.
				await page.reload();
				await expectAccessible(page, colorScheme, 'unlock', 'Unlock your journal');
			});
		});
	}
}
