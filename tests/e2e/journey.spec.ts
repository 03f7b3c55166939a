import { expect, test } from './fixtures';
import { AppPage } from './pages/app';
import { JournalPage } from './pages/journal';
import { JourneyPage } from './pages/journey';
import { items, list } from './support/journal-writer';

// Journeys of many steps: they get longer than the default under load.
test.describe.configure({ timeout: 60_000 });

// The journey between sessions, at phone size: goals with progress and setbacks, check-ins that
// show the person's own action plan, session notes that carry agreements forward, and reviews.

test('a goal keeps its progress through a setback, and both show in its story', async ({
	page,
	seed
}) => {
	const journey = new JourneyPage(page);
	const { written: goal } = await seed((j) =>
		j.goal({ title: 'Walk to the allotment', progress: 3 })
	);
	await new AppPage(page).openUnlocked(`/goals/${goal}`);
	await expect(journey.heading()).toHaveText('Walk to the allotment');
	await expect(page.getByText('Progress 3 of 10', { exact: true })).toBeVisible();

	await page.getByRole('button', { name: 'Log progress' }).click();
	await page.getByRole('radio', { name: '6 of 10' }).check();
	await page.getByLabel('How it’s going (optional)').fill('Made it halfway with my brother');
	await page.getByRole('button', { name: 'Save progress' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Progress saved.' })).toBeVisible();
	await expect(page.getByText('Progress 6 of 10', { exact: true })).toBeVisible();

	await page.getByRole('button', { name: 'Record a setback' }).click();
	await page.getByLabel('What happened').fill('A panic attack at the bus stop');
	await page.getByLabel('What helped').fill('Breathing with the app');
	await page.getByLabel('What got in the way').fill('Rain and crowds');
	await page.getByLabel('What I learnt').fill('Go earlier in the day');
	await page.getByRole('button', { name: 'Save setback' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'My progress is still there' })
	).toBeVisible();

	// The setback sits beside the progress; it takes nothing away.
	await expect(page.getByText('Progress 6 of 10', { exact: true })).toBeVisible();
	await expect(page.getByText('1 setback')).toBeVisible();
	const story = page.getByRole('region', { name: 'How it has gone' });
	await expect(story.getByRole('listitem')).toHaveCount(3);
	await expect(story.getByRole('listitem').first()).toContainText('A panic attack at the bus stop');
	await expect(story).toContainText('Made it halfway with my brother');
	await expect(story).toContainText('Progress: 3 of 10');

	// Steps tick off and save as the person goes; the goal list shows where it stands.
	await page.getByRole('button', { name: 'Add a step' }).click();
	await page.keyboard.type('Find my boots');
	await page.getByRole('checkbox', { name: 'Done: Find my boots' }).check();
	await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
	await page.getByRole('link', { name: 'My goals' }).click();
	await expect(page.getByRole('link', { name: /Walk to the allotment/ })).toContainText(
		'Working on it · Progress 6 of 10 · 1 of 1 steps done · 1 setback'
	);
});

test('a check-in with an early warning sign shows my own action plan and who I can call', async ({
	page,
	seed
}) => {
	const journey = new JourneyPage(page);
	await seed(async (j) => {
		await j.plan('early-warning-signs', {
			notice: list('Sleeping past midday', 'Skipping meals'),
			actions: list('Text Sam and go for a short walk')
		});
		await j.plan('crisis-numbers', {
			numbers: items({ label: 'Crisis line', number: '0800 123 456', when: '' })
		});
	});
	await new JournalPage(page).open();

	await journey.openArea('Check in now', 'Check in');
	await journey.score('Mood', 2);
	await journey.score('Sleep', 1);
	await expect(page.getByRole('region', { name: 'What I said I would do' })).toHaveCount(0);
	await page.getByRole('checkbox', { name: 'Sleeping past midday' }).check();
	const plan = page.getByRole('region', { name: 'What I said I would do' });
	await expect(plan).toContainText('When I notice early warning signs');
	await expect(plan).toContainText('Text Sam and go for a short walk');
	await expect(plan.getByRole('link', { name: 'Call Crisis line' })).toHaveAttribute(
		'href',
		'tel:0800123456'
	);
	await page.getByLabel('Anything else? (optional)').fill('Rough night, better after tea');
	await page.getByRole('button', { name: 'Save check-in' }).click();

	await expect(journey.heading()).toHaveText('My journey');
	await expect(page.getByRole('status').filter({ hasText: 'Check-in saved.' })).toBeVisible();
	const recent = page.getByRole('region', { name: 'Recent check-ins' });
	await expect(recent).toContainText('Mood 2 · Sleep 1 · 1 sign noticed');
	await expect(recent).toContainText('Rough night, better after tea');

	// A past check-in opens with its answers, and can be changed.
	await recent.getByRole('link').first().click();
	await expect(journey.heading()).toHaveText('Change a check-in');
	await expect(page.getByRole('radio', { name: 'Mood: 2 of 5' })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Sleeping past midday' })).toBeChecked();
	await journey.score('Mood', 3);
	await page.getByRole('button', { name: 'Save check-in' }).click();
	await expect(recent).toContainText('Mood 3 · Sleep 1');
	await expect(recent.getByRole('listitem')).toHaveCount(1);
});

test('my own scales: renamed, hidden and added, and used at the next check-in', async ({
	page,
	seed
}) => {
	const journey = new JourneyPage(page);
	await seed();
	await new JournalPage(page).open();
	await journey.openArea('Check in now', 'Check in');
	await page.getByRole('link', { name: 'Change my scales' }).click();
	await expect(journey.heading()).toHaveText('My check-in scales');
	await page.getByLabel('Name of scale 1').fill('How I feel');
	await page.getByRole('checkbox', { name: 'Hide Sleep' }).check();
	await page.getByRole('button', { name: 'Add a scale' }).click();
	await page.getByLabel('Name of scale 5').fill('Energy');
	await page.getByRole('button', { name: 'Save my scales' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

	await page.getByRole('link', { name: 'Check in' }).first().click();
	await expect(page.getByRole('group', { name: 'How I feel' })).toBeVisible();
	await expect(page.getByRole('group', { name: 'Energy' })).toBeVisible();
	await expect(page.getByRole('group', { name: 'Sleep' })).toHaveCount(0);
	await journey.score('Energy', 4);
	await page.getByRole('button', { name: 'Save check-in' }).click();
	await expect(page.getByRole('region', { name: 'Recent check-ins' })).toContainText('Energy 4');
});

test('what we agreed at a session shows on the next session’s note', async ({ page, seed }) => {
	const journey = new JourneyPage(page);
	await seed((j) => j.goal({ title: 'Join the walking group', progress: 2 }));
	await new JournalPage(page).open();
	await journey.openArea('Open my session notes', 'Sessions');
	await page.getByRole('link', { name: 'New session note' }).click();
	await expect(page.getByRole('region', { name: 'What we agreed last time' })).toHaveCount(0);
	await page.getByLabel('Day of the session').fill('2026-11-02');
	await page.getByLabel('Who I met').fill('Sam, my nurse');
	await page.getByLabel('What we talked about').fill('Sleep and the walking group');
	await page.getByRole('checkbox', { name: 'Join the walking group' }).check();
	await page.getByLabel('What we agreed for next time').fill('I will phone the group leader');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

	await page.getByRole('link', { name: 'Sessions' }).click();
	await page.getByRole('link', { name: 'New session note' }).click();
	const last = page.getByRole('region', { name: 'What we agreed last time' });
	await expect(last).toContainText('I will phone the group leader');
	await page.getByLabel('Who I met').fill('Sam');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
	await page.getByRole('link', { name: 'Sessions' }).click();
	await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(2);
});

test('a completed review sets when the next one is due, on the reviews and home screens', async ({
	page,
	seed
}) => {
	const journey = new JourneyPage(page);
	await seed((j) => j.unmetNeeds('Somewhere to go on Sunday evenings'));
	await new JournalPage(page).open();
	await journey.openArea('Open my reviews', 'Reviews');
	await expect(page.getByText('No review recorded yet.')).toBeVisible();

	await page.getByRole('link', { name: 'Start a review' }).click();
	await expect(page.getByRole('region', { name: 'Needs I wanted to raise' })).toContainText(
		'Somewhere to go on Sunday evenings'
	);
	await page.getByLabel('Day of the review').fill('2026-09-15');
	// The next date follows the review's day: three months on unless we agreed another.
	await expect(page.getByLabel('Next review')).toHaveValue('2026-12-15');
	await page.getByLabel('What went well').fill('More walks, better sleep');
	await page.getByLabel('Changes we agreed to my plan').fill('Add the walking group to my toolbox');
	await page.getByRole('button', { name: 'Save review' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

	await page.getByRole('link', { name: 'Reviews' }).click();
	// The app writes dates in Waymark's locale (src/lib/domain/locale.ts), not the device's.
	const due = new Date(2026, 11, 15).toLocaleDateString('en-GB', { dateStyle: 'long' });
	await expect(page.getByText(`Review due ${due}`)).toBeVisible();

	// The interval is the person's to change; the next date already agreed stands.
	await page.getByLabel('A review every').selectOption('6');
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
	await expect(page.getByRole('region', { name: 'Coming up' })).toContainText(`Review due ${due}`);
});

test('the timeline mixes goals, progress, check-ins, sessions and reviews, and filters them', async ({
	page,
	seed
}) => {
	const journey = new JourneyPage(page);
	await seed(async (j) => {
		await j.goal({ title: 'Paint the hallway', progress: 1 });
		await j.checkins([{ at: '2026-11-20T09:30', scores: { mood: 4 } }]);
		await j.session({ date: '2026-11-18', who: 'Sam' });
		// A first review is a full one.
		await j.review({ date: '2026-11-10', full: true });
	});
	await new JournalPage(page).open();
	await journey.open();
	await page.getByRole('link', { name: 'Timeline: everything in order' }).click();
	await expect(journey.heading()).toHaveText('Timeline');
	const items = page.getByRole('main').getByRole('listitem');
	// Today's goal and its first progress, then 20, 18 and 10 November.
	await expect(items).toHaveText([
		/New goal: Paint the hallway/,
		/Progress 1 of 10: Paint the hallway/,
		/Check-in/,
		/Session with Sam/,
		/Full review/
	]);
	await page.getByRole('checkbox', { name: 'Check-ins' }).uncheck();
	await page.getByRole('checkbox', { name: 'Goals begun' }).uncheck();
	await expect(items).toHaveText([/Progress 1 of 10/, /Session with Sam/, /Full review/]);
	await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(
		'Showing 3 of 3.'
	);
	await items.filter({ hasText: 'Session with Sam' }).getByRole('link').click();
	await expect(journey.heading()).toHaveText('Session note');
});

test('the monthly recovery check is offered, answered, and changed later in the month', async ({
	page,
	seed
}) => {
	const journey = new JourneyPage(page);
	await seed();
	await new JournalPage(page).open();
	await journey.open();
	await page.getByRole('link', { name: 'Answer this month’s questions' }).click();
	await expect(journey.heading()).toHaveText('My monthly recovery check');
	await page.getByRole('button', { name: 'Save this month’s answers' }).click();
	await expect(page.getByRole('alert')).toHaveText('Answer at least one question first.');
	await page.getByRole('radio', { name: 'I feel hopeful about my future: 4 of 5' }).check();
	await page.getByRole('radio', { name: 'I feel good about who I am: 3 of 5' }).check();
	await page.getByRole('button', { name: 'Save this month’s answers' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

	await journey.open();
	await expect(page.getByRole('region', { name: 'Monthly recovery check' })).toContainText(
		'Done this month'
	);
	await page.getByRole('link', { name: 'Change this month’s answers' }).click();
	await expect(
		page.getByRole('radio', { name: 'I feel hopeful about my future: 4 of 5' })
	).toBeChecked();
	await page.getByRole('radio', { name: 'I feel hopeful about my future: 5 of 5' }).check();
	await page.getByRole('button', { name: 'Save this month’s answers' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
	await journey.open();
	await page.getByRole('link', { name: 'Change this month’s answers' }).click();
	await expect(
		page.getByRole('radio', { name: 'I feel hopeful about my future: 5 of 5' })
	).toBeChecked();
});

test('a mistaken progress update is deleted without asking, and Undo brings it back', async ({
	page
}) => {
	const journey = new JourneyPage(page);
	await new JournalPage(page).setUp();
	await journey.createGoal('Cook one meal a week', 4);
	await page.getByRole('button', { name: 'Log progress' }).click();
	await page.getByRole('radio', { name: '9 of 10' }).check();
	await page.getByRole('button', { name: 'Save progress' }).click();
	await expect(page.getByText('Progress 9 of 10', { exact: true })).toBeVisible();
	const story = page.getByRole('region', { name: 'How it has gone' });
	await expect(story.getByRole('listitem')).toHaveCount(2);

	// The 9 goes at once, and Undo takes the focus of the button that went with it.
	await story.getByRole('button', { name: /^Delete progress update of .*, 9 of 10$/ }).click();
	await expect(story.getByRole('listitem')).toHaveCount(1);
	await expect(page.getByText('Progress 4 of 10', { exact: true })).toBeVisible();
	await expect(story.getByRole('status')).toContainText(
		/Deleted the progress update of .*, 9 of 10\./
	);
	await expect(story.getByRole('button', { name: 'Undo' })).toBeFocused();

	await story.getByRole('button', { name: 'Undo' }).click();
	await expect(story.getByRole('listitem')).toHaveCount(2);
	await expect(story).toContainText('Progress: 9 of 10');
	await expect(page.getByText('Progress 9 of 10', { exact: true })).toBeVisible();
	await expect(story.getByRole('status')).toContainText('It’s back in how it has gone.');

	// Deleted and dismissed, it stays gone when the goal is opened again.
	await story.getByRole('button', { name: /^Delete progress update of .*, 9 of 10$/ }).click();
	await story.getByRole('button', { name: 'Dismiss' }).click();
	await expect(story.getByRole('status')).not.toContainText('Deleted');
	await page.getByRole('link', { name: 'My goals' }).click();
	await page.getByRole('link', { name: /Cook one meal a week/ }).click();
	await expect(story.getByRole('listitem')).toHaveCount(1);
	await expect(story).toContainText('Progress: 4 of 10');
	await expect(story).not.toContainText('Progress: 9 of 10');
});
