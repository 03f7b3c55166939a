import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app';
import { JournalPage } from './pages/journal';

// Quick exit works from every state: a modal dialog makes the header inert, so each dialog
// carries its own, and three Escapes in a row leave from anywhere.

test.use({ allowedOrigins: ['https://duckduckgo.com'] });

/** Answers Quick exit's weather search here, so the test never leaves the machine. */
async function fakeWeather(page: Page) {
	await page.route('https://duckduckgo.com/**', (route) =>
		route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' })
	);
}

/** Back in Waymark after leaving: the journal was locked on the way out. */
async function expectLocked(page: Page) {
	await page.goto('/');
	await expect(new AppPage(page).heading()).toHaveText('Unlock my journal');
}

test('Quick exit works while the delete dialog is open', async ({ page, seed }) => {
	await fakeWeather(page);
	const { written: goal } = await seed((j) => j.goal({ title: 'Walk to the park', progress: 2 }));
	await new AppPage(page).openUnlocked(`/goals/${goal}`);
	await expect(new AppPage(page).heading()).toHaveText('Walk to the park');
	await page.getByRole('button', { name: 'Delete this goal' }).click();
	const dialog = page.getByRole('dialog', { name: 'Delete this goal?' });
	await expect(dialog).toBeVisible();
	// The header's button is behind the dialog now, so the dialog has its own.
	await dialog.getByRole('button', { name: 'Quick exit' }).click();
	await expect(page).toHaveTitle('Weather');
	await expectLocked(page);
});

test('Quick exit in a dialog is reached by keyboard', async ({ page, seed }) => {
	await fakeWeather(page);
	const { written: goal } = await seed((j) => j.goal({ title: 'Walk to the park', progress: 2 }));
	await new AppPage(page).openUnlocked(`/goals/${goal}`);
	await expect(new AppPage(page).heading()).toHaveText('Walk to the park');
	await page.getByRole('button', { name: 'Delete this goal' }).click();
	const dialog = page.getByRole('dialog', { name: 'Delete this goal?' });
	await expect(dialog.getByRole('button', { name: 'Keep it' })).toBeFocused();
	await page.keyboard.press('Shift+Tab');
	await expect(dialog.getByRole('button', { name: 'Delete', exact: true })).toBeFocused();
	await page.keyboard.press('Shift+Tab');
	await expect(dialog.getByRole('button', { name: 'Quick exit' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveTitle('Weather');
});

test('three Escapes leave Waymark', async ({ page, seed }) => {
	await fakeWeather(page);
	await seed();
	await new JournalPage(page).open();
	await new AppPage(page).goTo('Journal');
	for (let n = 0; n < 3; n++) await page.keyboard.press('Escape');
	await expect(page).toHaveTitle('Weather');
	await expectLocked(page);
});

test('three Escapes leave Waymark while a dialog is open', async ({ page, seed }) => {
	await fakeWeather(page);
	await seed();
	await new AppPage(page).openUnlocked('/settings');
	await expect(page.getByText('pressing Esc three times quickly does the same')).toBeVisible();
	await page.getByRole('button', { name: 'Erase this journal…' }).click();
	await expect(page.getByRole('dialog')).toBeVisible();
	// The first Escape closes the dialog, as Escape always does; the third leaves.
	await page.keyboard.press('Escape');
	await expect(page.getByRole('dialog')).toBeHidden();
	await page.keyboard.press('Escape');
	await page.keyboard.press('Escape');
	await expect(page).toHaveTitle('Weather');
	await expectLocked(page);
});

test('two Escapes and another key do not leave', async ({ page, seed }) => {
	await seed();
	await new JournalPage(page).open();
	await page.keyboard.press('Escape');
	await page.keyboard.press('Escape');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Escape');
	await expect(new AppPage(page).heading()).toHaveText('My recovery journal');
});
