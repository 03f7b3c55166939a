import { expect, test } from './fixtures';
import { AppPage } from './pages/app';
import { JournalPage } from './pages/journal';
import { JourneyPage } from './pages/journey';
import { expectAccessible } from './support/axe';

// Journeys of many steps: they get longer than the default under load.
test.describe.configure({ timeout: 60_000 });

// Charts draw what was recorded, and their words and tables say the same, for anyone who cannot
// see the chart.

/** A local day some days before today, as a datetime-local value at a given hour, and as the
 * app writes it (in en-GB, its one locale). */
function daysAgo(days: number, hour = 10) {
	const d = new Date();
	d.setDate(d.getDate() - days);
	const pad = (n: number) => String(n).padStart(2, '0');
	return {
		date: d,
		input: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(hour)}:00`,
		day: d.toLocaleDateString('en-GB', { dateStyle: 'medium' })
	};
}

/** Whether a canvas has anything drawn on it. */
async function drawn(canvas: import('@playwright/test').Locator) {
	return canvas.evaluate((node: HTMLCanvasElement) => {
		const { data } = node.getContext('2d')!.getImageData(0, 0, node.width, node.height);
		return data.some((value, i) => i % 4 === 3 && value > 0);
	});
}

test('the check-in chart, its sentences and its table match the check-ins', async ({
	page,
	seed
}) => {
	test.setTimeout(90_000);
	const journey = new JourneyPage(page);
	const [a, b, c] = [daysAgo(3, 9), daysAgo(3, 20), daysAgo(1)];
	await seed((j) =>
		j.checkins([
			{ at: a.input, scores: { mood: 1, sleep: 2 } },
			{ at: b.input, scores: { mood: 2 } },
			{ at: c.input, scores: { mood: 5, sleep: 4 } }
		])
	);
	await new AppPage(page).openUnlocked('/journey');

	await page.getByRole('link', { name: 'How I’ve been: charts and calendar' }).click();
	await expect(journey.heading()).toHaveText('How I’ve been');
	const chart = page.getByRole('img', { name: /Check-in scales over the last month/ });
	await expect(chart).toBeVisible();
	await expect.poll(() => drawn(chart.locator('canvas'))).toBe(true);

	// Two check-ins on one day count as that day's average: 1.5, then 5.
	const mood = `Mood: 3.3 on average from 3 check-ins on 2 days in the last month, 1.5 in the first half and 5 in the second, towards the good end. Lowest 1.5 (${a.day}), highest 5 (${c.day}).`;
	await expect(page.getByRole('listitem').filter({ hasText: /^Mood:/ })).toHaveText(mood);
	await expect(chart).toHaveAccessibleName(new RegExp(mood.replace(/[().]/g, '\\$&')));
	await expect(page.getByRole('listitem').filter({ hasText: /^Hope:/ })).toHaveText(
		'Hope: no answers in this time.'
	);

	await page.getByText('The numbers').click();
	const table = page.getByRole('table', { name: 'Average of each scale, day by day' });
	await expect(table.getByRole('row')).toHaveCount(3);
	await expect(table.getByRole('row', { name: c.day })).toContainText('5');
	await expect(table.getByRole('row', { name: a.day })).toContainText('1.5');

	// A year is shown month by month in the table.
	await page.getByRole('radio', { name: 'Year' }).check();
	await expect(page.getByRole('img', { name: /over the last year/ })).toBeVisible();
	await expect(
		page.getByRole('table', { name: 'Average of each scale, month by month' })
	).toBeVisible();

	// The calendar opens on this month and marks the days checked in, in words too. Early in a
	// month the last check-in was in the month before.
	if (c.date.getMonth() !== new Date().getMonth()) {
		await page.getByRole('button', { name: 'Previous month' }).click();
	}
	const month = c.date.toLocaleDateString('en-GB', { month: 'long', year: 'numeric' });
	const calendar = page.getByRole('table', { name: `Check-ins in ${month}` });
	await expect(calendar).toContainText('1 check-in');
	await expect(calendar).toContainText('no check-in');
	await expectAccessible(page, 'light', 'charts', 'How I’ve been');
});

test('a scale whose good end is 1 reads the right way round in the form, the chart and its words', async ({
	page,
	seed
}) => {
	const journey = new JourneyPage(page);
	await seed();
	await new JournalPage(page).open();
	await journey.openArea('Check in now', 'Check in');
	await page.getByRole('link', { name: 'Change my scales' }).click();
	await page.getByRole('button', { name: 'Add a scale' }).click();
	await page.getByLabel('Name of scale 5').fill('Anxiety');
	await page.getByText(/^What the ends mean: .*, Anxiety$/).click();
	await page
		.getByRole('group', { name: 'Which end of Anxiety is good for me?' })
		.getByRole('radio', { name: '1 is good' })
		.check();
	await page.getByLabel('My words for 1 (optional)').last().fill('calm');
	await page.getByLabel('My words for 5 (optional)').last().fill('very anxious');
	await page.getByRole('button', { name: 'Save my scales' }).click();
	await expect(page.getByText('Saved. Check-ins now use these scales.')).toBeVisible();

	const [a, b] = [daysAgo(2), daysAgo(1)];
	await journey.checkIn(a.input, { Anxiety: 4 });
	await journey.openArea('Check in now', 'Check in');
	await expect(
		page.getByRole('group', { name: 'Anxiety' }).getByText('1 is calm, 5 is very anxious')
	).toBeVisible();
	await journey.score('Anxiety', 2);
	await page.getByLabel('When').fill(b.input);
	await page.getByRole('button', { name: 'Save check-in' }).click();
	await expect(journey.heading()).toHaveText('My journey');

	await page.getByRole('link', { name: 'How I’ve been: charts and calendar' }).click();
	const sentence = `Anxiety (1 is calm, 5 is very anxious): 3 on average from 2 check-ins on 2 days in the last month, 4 in the first half and 2 in the second, towards calm. Lowest 2 (${b.day}), highest 4 (${a.day}).`;
	await expect(page.getByRole('listitem').filter({ hasText: /^Anxiety/ })).toHaveText(sentence);
	const chart = page.getByRole('img', { name: /Check-in scales over the last month/ });
	await expect.poll(() => drawn(chart.locator('canvas'))).toBe(true);
	await page.getByText('The numbers').click();
	// The table keeps the answers as they were given.
	await expect(page.getByRole('row', { name: b.day })).toContainText('2');
});

test('a goal’s chart shows its progress with the setback marked, and says so in words', async ({
	page,
	seed
}) => {
	const { written: goal } = await seed((j) =>
		j.goal({
			title: 'Cook a meal for friends',
			progress: 2,
			journey: [
				{ type: 'setback', happened: 'Burnt the rice and gave up' },
				{ type: 'progress', scale: 5 }
			]
		})
	);
	await new AppPage(page).openUnlocked(`/goals/${goal}`);

	const today = new Date().toLocaleDateString('en-GB', { dateStyle: 'medium' });
	const chart = page.getByRole('img', { name: /^Progress/ });
	await expect(chart).toHaveAccessibleName(`Progress 5 of 10 on ${today}. Setbacks on ${today}.`);
	await expect.poll(() => drawn(chart.locator('canvas'))).toBe(true);
	await expectAccessible(page, 'light', 'goal with chart', 'Cook a meal for friends');
});
