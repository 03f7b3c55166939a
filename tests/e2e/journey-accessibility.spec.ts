import { expect, test } from './fixtures';
import { AppPage } from './pages/app';
import { JournalPage } from './pages/journal';
import { JourneyPage } from './pages/journey';
import { expectAccessibleInBothThemes } from './support/axe';
import { list } from './support/journal-writer';

// Every journey screen, empty and written in, with its forms open, in both themes at phone size.
// A few screens to a test, so they run side by side.
test.describe('every journey screen passes axe in both themes', () => {
	const check = (page: import('@playwright/test').Page, screen: string, heading: string) =>
		expectAccessibleInBothThemes(page, screen, heading);

	test('the journey, empty, checking in with a sign ticked, and that check-in', async ({
		page,
		seed
	}) => {
		const journey = new JourneyPage(page);
		await seed((j) => j.plan('early-warning-signs', { notice: list('Sleeping late') }));
		await new AppPage(page).openUnlocked('/journey');
		await check(page, 'journey (empty)', 'My journey');
		await page.getByRole('link', { name: 'Check in now' }).click();
		await journey.score('Mood', 2);
		await page.getByRole('checkbox', { name: 'Sleeping late' }).check();
		await expect(page.getByRole('region', { name: 'What I said I would do' })).toBeVisible();
		await check(page, 'check-in, a sign ticked', 'Check in');
		await page.getByRole('button', { name: 'Save check-in' }).click();
		await check(page, 'journey with a check-in', 'My journey');
		await page.getByRole('region', { name: 'Recent check-ins' }).getByRole('link').first().click();
		await check(page, 'a past check-in', 'Change a check-in');
	});

	test('my scales and the monthly check', async ({ page, seed }) => {
		const journey = new JourneyPage(page);
		await seed();
		await new AppPage(page).openUnlocked('/checkin/scales');
		await check(page, 'scales', 'My check-in scales');
		await journey.open();
		await page.getByRole('link', { name: 'Answer this month’s questions' }).click();
		await check(page, 'monthly recovery check', 'My monthly recovery check');
	});

	test('goals, empty, and a new goal with its message', async ({ page, seed }) => {
		await seed();
		await new AppPage(page).openUnlocked('/goals');
		await check(page, 'goals (empty)', 'My goals');
		await page.getByRole('link', { name: 'New goal' }).click();
		await page.getByRole('button', { name: 'Save goal' }).click();
		await expect(page.getByRole('alert')).toHaveText('Write a few words about the goal first.');
		await check(page, 'new goal, with its message', 'A new goal');
	});

	test('a goal, logging progress and after a setback, and the goals', async ({ page, seed }) => {
		const { written: goal } = await seed((j) =>
			j.goal({
				title: 'Walk to the allotment',
				progress: 3,
				steps: [{ id: 'boots', text: 'Find my boots', done: false }],
				risks: [{ id: 'rain', risk: '', plan: '' }]
			})
		);
		await new AppPage(page).openUnlocked(`/goals/${goal}`);
		await page.getByRole('button', { name: 'Log progress' }).click();
		await check(page, 'goal, logging progress', 'Walk to the allotment');
		await page.getByRole('button', { name: 'Record a setback' }).click();
		await page.getByLabel('What happened').fill('A hard day');
		await page.getByRole('button', { name: 'Save setback' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Setback saved' })).toBeVisible();
		await check(page, 'goal with a setback', 'Walk to the allotment');
		await page.getByRole('link', { name: 'My goals' }).click();
		await check(page, 'goals', 'My goals');
	});

	test('session notes, empty and written, and a new one with last time’s agreements', async ({
		page,
		seed
	}) => {
		await seed();
		await new AppPage(page).openUnlocked('/sessions');
		await check(page, 'sessions (empty)', 'Sessions');
		await page.getByRole('link', { name: 'New session note' }).click();
		await page.getByLabel('What we agreed for next time').fill('Phone the group');
		await page.getByRole('button', { name: 'Save' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
		await page.getByRole('link', { name: 'Sessions' }).click();
		await check(page, 'sessions', 'Sessions');
		await page.getByRole('link', { name: 'New session note' }).click();
		await expect(page.getByRole('region', { name: 'What we agreed last time' })).toBeVisible();
		await check(page, 'new session note, with last time’s agreements', 'A session note');
	});

	test('reviews, empty and written, my unmet needs and a new review', async ({ page, seed }) => {
		await seed();
		await new AppPage(page).openUnlocked('/reviews');
		await check(page, 'reviews (empty)', 'Reviews');
		await page.getByRole('link', { name: 'My unmet needs' }).click();
		await page.getByRole('button', { name: 'Add a need' }).click();
		await page.keyboard.type('A group nearby');
		await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
		await check(page, 'unmet needs', 'Needs to raise at my next review');
		await page.getByRole('link', { name: 'Reviews' }).click();
		await page.getByRole('link', { name: 'Start a review' }).click();
		await check(page, 'new review', 'A review');
		await page.getByRole('button', { name: 'Save review' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
		await page.getByRole('link', { name: 'Reviews' }).click();
		await check(page, 'reviews', 'Reviews');
	});

	test('home, with what is coming up', async ({ page, seed }) => {
		await seed(async (j) => {
			await j.checkins([{ scores: { mood: 2 } }]);
			await j.goal({ title: 'Walk to the allotment', progress: 3 });
			await j.session({ agreed: 'Phone the group', nextDate: j.day(14) });
			await j.review({ full: true, nextDate: j.day(90) });
		});
		await new JournalPage(page).open();
		await expect(page.getByRole('region', { name: 'Coming up' })).toBeVisible();
		await check(page, 'home with what is coming up', 'My recovery journal');
	});
});

test('a check-in can be made with the keyboard alone', async ({ page, seed }) => {
	const journey = new JourneyPage(page);
	await seed();
	await new JournalPage(page).open();
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
