import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app';
import { JournalPage } from './pages/journal';
import { JourneyPage } from './pages/journey';

// Nothing empty is saved, and a day that cannot be right gets a plain message beside its field,
// tied to it for screen readers and announced as it appears.

/** The field is marked invalid, and what is wrong is read with it. */
async function expectRefused(field: Locator, message: string) {
	await expect(field).toHaveAttribute('aria-invalid', 'true');
	await expect(field).toHaveAccessibleDescription(message);
	await expect(field.page().getByRole('alert').filter({ hasText: message })).toBeVisible();
}

test.describe('session notes', () => {
	test.beforeEach(async ({ page, seed }) => {
		await seed();
		await new JournalPage(page).open();
		const journey = new JourneyPage(page);
		await journey.openArea('Open my session notes', 'Sessions');
		await page.getByRole('link', { name: 'New session note' }).click();
		await expect(journey.heading()).toHaveText('A session note');
	});

	test('an empty session note is not saved', async ({ page }) => {
		await page.getByRole('button', { name: 'Save' }).click();
		await expect(page.getByRole('alert')).toHaveText(
			'There’s nothing in this note yet. Write who I met or what we talked about first.'
		);
		await expect(page).toHaveURL(/\/sessions\/new$/);
		await page.getByRole('link', { name: 'Sessions', exact: true }).click();
		await expect(page.getByText('No session notes yet.')).toBeVisible();
	});

	test('a session in year 0001 is refused, with the message beside the day', async ({ page }) => {
		const day = page.getByLabel('Day of the session');
		await day.fill('0001-11-02');
		await page.getByLabel('Who I met').fill('Sam');
		await page.getByRole('button', { name: 'Save' }).click();
		await expectRefused(day, 'That date is before 1900. Check the year.');
		await expect(day).toBeFocused();
		// Put right, the message goes and the note saves.
		await day.fill('2026-11-02');
		await expect(day).not.toHaveAttribute('aria-invalid');
		await page.getByRole('button', { name: 'Save' }).click();
		await expect(new AppPage(page).heading()).toHaveText('Session note');
	});

	test('a next session before the session is refused', async ({ page }) => {
		await page.getByLabel('Day of the session').fill('2026-11-02');
		await page.getByLabel('Who I met').fill('Sam');
		const next = page.getByLabel('Next session (optional)');
		await next.fill('2026-10-26');
		await page.getByRole('button', { name: 'Save' }).click();
		await expectRefused(next, 'The next session is before this one. Check both dates.');
		await expect(next).toBeFocused();
		await expect(page).toHaveURL(/\/sessions\/new$/);
	});
});

test('a goal’s target that has already gone is refused when the goal is set', async ({
	page,
	seed
}) => {
	await seed();
	await new JournalPage(page).open();
	const journey = new JourneyPage(page);
	await journey.openArea('Open my goals', 'My goals');
	await page.getByRole('link', { name: 'New goal' }).click();
	await page.getByLabel('What I’d like to do').fill('Walk to the park');
	const target = page.getByLabel('When I’d like to get there (optional)');
	await target.fill('2020-01-01');
	await page.getByRole('button', { name: 'Save goal' }).click();
	await expectRefused(
		target,
		'That day has already gone. Choose today or a day to come, or leave it empty.'
	);
	await expect(target).toBeFocused();
	await target.fill('');
	await page.getByRole('button', { name: 'Save goal' }).click();
	await expect(journey.heading()).toHaveText('Walk to the park');
});

test('a witness date before the signing is said beside it', async ({ page, seed }) => {
	await seed();
	await new JournalPage(page).open();
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'My plan' })
		.click();
	await page.getByRole('main').getByRole('link', { name: 'My advance statement' }).click();
	await page.getByLabel('Date I signed it').fill('2026-11-02');
	const witnessed = page.getByLabel('Date it was witnessed');
	await witnessed.fill('2026-11-01');
	// Said once the person moves on, not while a year is half typed.
	await expect(witnessed).not.toHaveAttribute('aria-invalid');
	await witnessed.blur();
	await expectRefused(
		witnessed,
		'This is before the day I signed it. A witness signs after me, or on the same day.'
	);
	await witnessed.fill('2026-11-02');
	await expect(witnessed).not.toHaveAttribute('aria-invalid');
	await expect(page.getByRole('alert').filter({ hasText: 'before the day I signed' })).toHaveCount(
		0
	);
});

test('a review in year 0001, or with its next review before it, is refused beside the day', async ({
	page,
	seed
}) => {
	await seed();
	await new AppPage(page).openUnlocked('/reviews/new');
	const day = page.getByLabel('Day of the review');
	const next = page.getByLabel('Next review');
	await day.fill('0001-11-02');
	await page.getByRole('button', { name: 'Save' }).click();
	await expectRefused(day, 'That date is before 1900. Check the year.');
	await expect(day).toBeFocused();
	await day.fill('2026-11-02');
	await next.fill('2026-11-02');
	await page.getByRole('button', { name: 'Save' }).click();
	// Read after the field's hint ("Usually 3 months on…").
	await expect(next).toHaveAttribute('aria-invalid', 'true');
	await expect(next).toHaveAccessibleDescription(
		/The next review has to come after this one\. Check both dates\.$/
	);
	await next.fill('2027-02-02');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page).not.toHaveURL(/\/reviews\/new$/);
});
