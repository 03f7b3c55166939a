import { expect, test } from './fixtures';
import { JournalPage } from './pages/journal';
import { JourneyPage } from './pages/journey';
import { PlanPage } from './pages/plan';
import { planSections } from '../../src/lib/domain/plan/plan-sections';

// The words a person meets: their own voice, and buttons and screens that say what they are for.

test('the unlock screen names the passphrase or the recovery key, whichever is being typed', async ({
	page,
	seed
}) => {
	const journal = new JournalPage(page);
	await seed();
	await page.goto('/');
	await expect(journal.heading()).toHaveText('Unlock my journal');
	const main = page.getByRole('main');
	await expect(main).toContainText('Type my passphrase to open it.');
	await expect(page.getByLabel('Passphrase', { exact: true })).toBeVisible();
	await page.getByRole('button', { name: 'Unlock', exact: true }).click();
	await expect(main).toContainText('Type my passphrase first.');

	await page.getByRole('button', { name: 'Use my recovery key instead' }).click();
	await expect(main).toContainText('Type my recovery key to open it.');
	await expect(main).not.toContainText('Type my passphrase');
	await expect(page.getByLabel('Recovery key')).toBeFocused();
	await page.getByRole('button', { name: 'Unlock', exact: true }).click();
	await expect(main).toContainText('Type my recovery key first.');

	await page.getByRole('button', { name: 'Use my passphrase instead' }).click();
	await expect(main).toContainText('Type my passphrase to open it.');
});

test('a check-in from an earlier day asks what helped that day, not today', async ({
	page,
	seed
}) => {
	const journey = new JourneyPage(page);
	await seed();
	await new JournalPage(page).open();
	await journey.openArea('Check in now', 'Check in');
	await expect(page.getByLabel('What helped today? (optional)')).toBeVisible();
	await page.getByLabel('When').fill('2026-03-14T08:30');
	await expect(page.getByLabel('What helped that day? (optional)')).toBeVisible();
	await expect(page.getByRole('main')).not.toContainText(/today/i);
	await journey.score('Mood', 4);
	await page.getByRole('button', { name: 'Save check-in' }).click();
	await expect(journey.heading()).toHaveText('My journey');

	// Opened again later, the past check-in still speaks of that day.
	await page.getByRole('region', { name: 'Recent check-ins' }).getByRole('link').first().click();
	await expect(journey.heading()).toHaveText('Change a check-in');
	await expect(page.getByLabel('What helped that day? (optional)')).toBeVisible();
	await expect(page.getByRole('main')).not.toContainText(/today/i);
});

test('every button that adds to a list says what it adds', async ({ page, seed }) => {
	test.slow();
	const plan = new PlanPage(page);
	await seed();
	await new JournalPage(page).open();
	await plan.openOverview();
	await plan.openSection(planSections.find((s) => s.id === 'crisis-plan')!);
	const main = page.getByRole('main');
	for (const [group, button] of [
		['Signs that others need to take over my care', 'Add a sign'],
		['My supporters', 'Add a supporter'],
		['Medication I take', 'Add a medicine'],
		['Allergies', 'Add an allergy'],
		['What helps when others support me', 'Add something that helps']
	])
		await expect(
			plan.group(group).getByRole('button', { name: button, exact: true })
		).toBeVisible();
	// No button is a bare "Add" or "Add" and a noun with no article.
	for (const name of await main.getByRole('button', { name: /^Add\b/ }).allInnerTexts())
		expect(name).toMatch(/^Add (a|an|something|someone|support)\b/);
});
