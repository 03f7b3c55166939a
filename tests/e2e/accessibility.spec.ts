import { expect, test } from './fixtures';
import { AppPage } from './pages/app';
import { JournalPage, passphrase } from './pages/journal';
import { axeViolations, expectAccessibleInBothThemes } from './support/axe';

const sizes = [
	{ name: 'phone', width: 390, height: 844 },
	{ name: 'desktop', width: 1280, height: 800 }
];

for (const size of sizes) {
	test.describe(`on a ${size.name}, in both themes`, () => {
		test.beforeEach(async ({ page }) => {
			// Each test runs axe on several screens, which takes a while on a busy machine.
			test.setTimeout(60_000);
			await page.setViewportSize(size);
		});

		test('every first-run screen passes axe', async ({ page }) => {
			await new AppPage(page).open('/');
			await expectAccessibleInBothThemes(page, 'welcome', 'Welcome to Waymark');
			await page.getByRole('banner').getByRole('link', { name: 'Help now' }).click();
			await expectAccessibleInBothThemes(page, 'help now, before setting up', 'Help now');
			await page.goBack();
			await page.getByRole('button', { name: 'Set up my journal' }).click();
			await expectAccessibleInBothThemes(page, 'passphrase step', 'Choose a passphrase');
			await page.getByRole('button', { name: 'Continue' }).click();
			await expect(page.getByText('Use at least 8 characters.').first()).toBeVisible();
			await expectAccessibleInBothThemes(
				page,
				'passphrase step with its errors',
				'Choose a passphrase'
			);
			await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
			await page.getByLabel('Type it again').fill(passphrase);
			await page.getByRole('button', { name: 'Continue' }).click();
			await expectAccessibleInBothThemes(page, 'recovery-key step', 'Save my recovery key');
		});

		// A set-up journal's screens, a few to a test so they run side by side.
		test('home, journal, a new entry and the journey pass axe', async ({ page, seed }) => {
			const app = new AppPage(page);
			await seed();
			await new JournalPage(page).open();
			await expectAccessibleInBothThemes(page, 'home', 'My recovery journal');
			await app.goTo('Journal');
			await expectAccessibleInBothThemes(page, 'journal', 'Journal');
			await page.getByRole('link', { name: 'New entry' }).click();
			await expectAccessibleInBothThemes(page, 'new entry', 'New entry');
			await app.goTo('Journey');
			await expectAccessibleInBothThemes(page, 'journey', 'My journey');
		});

		test('settings, choosing my crisis card, and Help now unlocked pass axe', async ({
			page,
			seed
		}) => {
			await seed();
			await new AppPage(page).openUnlocked('/settings');
			await expectAccessibleInBothThemes(page, 'settings', 'Settings');
			await page.getByLabel('Show my crisis card on Help now while Waymark is locked').check();
			await expectAccessibleInBothThemes(page, 'settings, choosing my crisis card', 'Settings');
			await page.getByLabel('Line 1 from my crisis plan (optional)').fill('Please call Jo first.');
			await page.getByRole('button', { name: 'Save my crisis card' }).click();
			await page.getByRole('banner').getByRole('link', { name: 'Help now' }).click();
			await expectAccessibleInBothThemes(page, 'help now, unlocked', 'Help now');
		});

		test('the erase dialog and the backup screen pass axe', async ({ page, seed }) => {
			await seed();
			await new AppPage(page).openUnlocked('/settings');
			// The erase dialog, open over the screen, with its error showing.
			await page.getByRole('button', { name: 'Erase this journal…' }).click();
			const dialog = page.getByRole('dialog', { name: 'Erase my journal from this device?' });
			await dialog.getByRole('button', { name: 'Erase everything' }).click();
			await expect(dialog.getByRole('alert')).toBeVisible();
			await expectAccessibleInBothThemes(page, 'erase dialog', 'Settings');
			await dialog.getByRole('button', { name: 'Keep my journal' }).click();
			await page.getByRole('link', { name: 'Go to backup' }).click();
			await expectAccessibleInBothThemes(page, 'backup', 'Backup');
		});

		test('a page that is not there, and the unlock screen, pass axe', async ({ page, seed }) => {
			await seed();
			await new AppPage(page).openUnlocked('/no-such-page');
			await expectAccessibleInBothThemes(page, 'not found', "This page isn't here");
			// A reload locks the journal.
			await page.reload();
			await expectAccessibleInBothThemes(page, 'unlock', 'Unlock my journal');
		});
	});
}

// The checks above pass only if axe, run the way they run it, finds nothing: here it must find
// what is put in front of it, in each of the two ways it is run.
test('axe, run once per page, reports a nameless button and text too faint to read', async ({
	page
}) => {
	await new AppPage(page).open('/');
	await page.evaluate(() => {
		const faint = Object.assign(document.createElement('p'), { textContent: 'Faint words' });
		faint.style.cssText = 'color: #eee; background: #fff';
		document.querySelector('main')!.append(document.createElement('button'), faint);
	});
	const all = await axeViolations(page);
	expect(all.map((v) => v.id)).toEqual(expect.arrayContaining(['button-name', 'color-contrast']));
	const colours = await axeViolations(page, {
		runOnly: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] }
	});
	expect(colours.map((v) => v.id)).toEqual(['color-contrast']);
});
