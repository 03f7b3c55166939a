import { expect, test } from './fixtures';
import { JournalPage } from './pages/journal';
import { JourneyPage } from './pages/journey';
import { expectAccessibleInBothThemes } from './support/axe';

// Every journey screen, empty and written in, with its forms open, in both themes at phone size.
test('every journey screen passes axe in both themes', async ({ page }) => {
	test.setTimeout(300_000);
	const journey = new JourneyPage(page);
	const check = (screen: string, heading: string) =>
		expectAccessibleInBothThemes(page, screen, heading);
	await new JournalPage(page).setUp();
	await journey.writePlanList('Early warning signs', 'Signs I notice', 'Add a sign', [
		'Sleeping late'
	]);

	await journey.open();
	await check('journey (empty)', 'My journey');
	await page.getByRole('link', { name: 'Check in now' }).click();
	await journey.score('Mood', 2);
	await page.getByRole('checkbox', { name: 'Sleeping late' }).check();
	await expect(page.getByRole('region', { name: 'What I said I would do' })).toBeVisible();
	await check('check-in, a sign ticked', 'Check in');
	await page.getByRole('button', { name: 'Save check-in' }).click();
	await check('journey with a check-in', 'My journey');
	await page.getByRole('region', { name: 'Recent check-ins' }).getByRole('link').first().click();
	await check('a past check-in', 'Change a check-in');
	await page.getByRole('link', { name: 'Change my scales' }).click();
	await check('scales', 'My check-in scales');
	await journey.open();
	await page.getByRole('link', { name: 'Answer this month’s questions' }).click();
	await check('monthly recovery check', 'My monthly recovery check');

	await journey.openArea('Open my goals', 'My goals');
	await check('goals (empty)', 'My goals');
	await journey.createGoal('Walk to the allotment', 3);
	await page.getByRole('button', { name: 'Add a step' }).click();
	await page.keyboard.type('Find my boots');
	await page.getByRole('button', { name: 'Add a risk' }).click();
	await page.getByRole('button', { name: 'Log progress' }).click();
	await check('goal, logging progress', 'Walk to the allotment');
	await page.getByRole('button', { name: 'Record a setback' }).click();
	await page.getByLabel('What happened').fill('A hard day');
	await page.getByRole('button', { name: 'Save setback' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Setback saved' })).toBeVisible();
	await check('goal with a setback', 'Walk to the allotment');
	await page.getByRole('link', { name: 'My goals' }).click();
	await check('goals', 'My goals');
	await page.getByRole('link', { name: 'New goal' }).click();
	await page.getByRole('button', { name: 'Save goal' }).click();
	await expect(page.getByRole('alert')).toHaveText('Write a few words about the goal first.');
	await check('new goal, with its message', 'A new goal');

	await journey.openArea('Open my session notes', 'Sessions');
	await check('sessions (empty)', 'Sessions');
	await page.getByRole('link', { name: 'New session note' }).click();
	await page.getByLabel('What we agreed for next time').fill('Phone the group');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
	await page.getByRole('link', { name: 'Sessions' }).click();
	await check('sessions', 'Sessions');
	await page.getByRole('link', { name: 'New session note' }).click();
	await expect(page.getByRole('region', { name: 'What we agreed last time' })).toBeVisible();
	await check('new session note, with last time’s agreements', 'A session note');

	await journey.openArea('Open my reviews', 'Reviews');
	await check('reviews (empty)', 'Reviews');
	await page.getByRole('link', { name: 'My unmet needs' }).click();
	await page.getByRole('button', { name: 'Add a need' }).click();
	await page.keyboard.type('A group nearby');
	await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
	await check('unmet needs', 'Needs to raise at my next review');
	await page.getByRole('link', { name: 'Reviews' }).click();
	await page.getByRole('link', { name: 'Start a review' }).click();
	await check('new review', 'A review');
	await page.getByRole('button', { name: 'Save review' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
	await page.getByRole('link', { name: 'Reviews' }).click();
	await check('reviews', 'Reviews');

	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
	await expect(page.getByRole('region', { name: 'Coming up' })).toBeVisible();
	await check('home with what is coming up', 'My recovery journal');
});

test('a check-in can be made with the keyboard alone', async ({ page }) => {
	const journey = new JourneyPage(page);
	await new JournalPage(page).setUp();
	await journey.openArea('Check in now', 'Check in');
	await page.getByRole('radio', { name: 'Mood: 1 of 5' }).focus();
	// Arrow keys move along a scale's points; Tab goes on to the next scale.
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('radio', { name: 'Mood: 3 of 5' })).toBeChecked();
	await page.keyboard.press('Tab');
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('radio', { name: 'Sleep: 2 of 5' })).toBeChecked();
	await page.getByRole('button', { name: 'Save check-in' }).focus();
	await page.keyboard.press('Enter');
	await expect(journey.heading()).toHaveText('My journey');
	await expect(page.getByRole('region', { name: 'Recent check-ins' })).toContainText(
		'Mood 3 · Sleep 2'
	);
});
