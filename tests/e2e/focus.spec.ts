import { expect, test } from './fixtures';
import { AppPage } from './pages/app';
import { JournalPage } from './pages/journal';
import { JourneyPage } from './pages/journey';

// Focus lands somewhere sensible after every save, delete and dialog: never dropped to the page's
// body, where a screen reader goes quiet and a keyboard user starts again from the top.

test('saving progress puts focus on what was said', async ({ page, seed }) => {
	const journey = new JourneyPage(page);
	await seed();
	await new JournalPage(page).open();
	await journey.createGoal('Walk to the park', 2);
	await expect(page.getByRole('status').filter({ hasText: 'Goal saved.' })).toBeFocused();
	await page.getByRole('button', { name: 'Log progress' }).click();
	await page.getByRole('radio', { name: '4 of 10' }).check();
	await page.getByRole('button', { name: 'Save progress' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Progress saved.' })).toBeFocused();
});

test('saving a setback puts focus on what was said, and Cancel goes back to its button', async ({
	page,
	seed
}) => {
	const { written: goal } = await seed((j) => j.goal({ title: 'Walk to the park', progress: 2 }));
	await new AppPage(page).openUnlocked(`/goals/${goal}`);
	await expect(new AppPage(page).heading()).toHaveText('Walk to the park');
	await page.getByRole('button', { name: 'Record a setback' }).click();
	await page.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByRole('button', { name: 'Record a setback' })).toBeFocused();
	await page.getByRole('button', { name: 'Record a setback' }).click();
	await page.getByLabel('What happened').fill('It rained all week');
	await page.getByRole('button', { name: 'Save setback' }).click();
	await expect(page.getByRole('status').filter({ hasText: /^Setback saved/ })).toBeFocused();
});

test('saving a check-in puts focus on what was said', async ({ page, seed }) => {
	const journey = new JourneyPage(page);
	await seed();
	await new JournalPage(page).open();
	await journey.checkIn(null, { Mood: 3 });
	await expect(page.getByRole('status').filter({ hasText: 'Check-in saved.' })).toBeFocused();
});

test('deleting a check-in asks first, on Cancel, and lands on what was done', async ({
	page,
	seed
}) => {
	const journey = new JourneyPage(page);
	await seed((j) => j.checkins([{ scores: { mood: 3 } }]));
	await new AppPage(page).openUnlocked('/journey');
	const recent = page.getByRole('region', { name: 'Recent check-ins' });
	await recent.getByRole('link').first().click();
	await page.getByRole('button', { name: 'Delete this check-in' }).click();
	const dialog = page.getByRole('dialog', { name: 'Delete this check-in?' });
	// Something that cannot be undone opens on the way back, not on the way on.
	await expect(dialog.getByRole('button', { name: 'Keep it' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(dialog).toBeHidden();
	await expect(page.getByRole('button', { name: 'Delete this check-in' })).toBeFocused();
	await page.getByRole('button', { name: 'Delete this check-in' }).click();
	await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
	await expect(journey.heading()).toHaveText('My journey');
	await expect(page.getByRole('status').filter({ hasText: 'Check-in deleted.' })).toBeFocused();
	await expect(recent.getByRole('link')).toHaveCount(0);
});

test('deleting a session note asks first, on Cancel, and lands on what was done', async ({
	page,
	seed
}) => {
	const journey = new JourneyPage(page);
	await seed();
	await new JournalPage(page).open();
	await journey.openArea('Open my session notes', 'Sessions');
	await page.getByRole('link', { name: 'New session note' }).click();
	await page.getByLabel('Who I met').fill('Sam, my nurse');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeFocused();
	await page.getByRole('button', { name: 'Delete this note' }).click();
	const dialog = page.getByRole('dialog', { name: 'Delete this session note?' });
	await expect(dialog.getByRole('button', { name: 'Keep it' })).toBeFocused();
	await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
	await expect(journey.heading()).toHaveText('Sessions');
	await expect(page.getByRole('status').filter({ hasText: 'Session note deleted.' })).toBeFocused();
	await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(0);
});

test('saving a change to a session note does not drop focus', async ({ page, seed }) => {
	const journey = new JourneyPage(page);
	const { written: note } = await seed((j) => j.session({ who: 'Sam' }));
	await new AppPage(page).openUnlocked(`/sessions/${note}`);
	await expect(journey.heading()).toHaveText('Session note');
	await page.getByLabel('What we talked about').fill('Sleep');
	await page.getByRole('button', { name: 'Save' }).click();
	const said = page.getByRole('status').filter({ hasText: 'Saved.' });
	await expect(said).toBeVisible();
	// Wherever it is, focus is not lost to the page's body (where it lands waits a frame).
	await expect.poll(() => page.evaluate(() => document.activeElement !== document.body)).toBe(true);
});
