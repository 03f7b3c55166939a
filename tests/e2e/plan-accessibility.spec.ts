import { expect, test } from './fixtures';
import { JournalPage } from './pages/journal';
import { PlanPage, planSections } from './pages/plan';
import { sectionText } from '../../src/lib/features/records/section-text';
import { expectAccessibleInBothThemes } from './support/axe';

// Every plan screen, filled in (so lists, cards, call links and history all show), in both
// themes at phone size.
/** Writes in each section, as a person would, then checks it. */
async function writeAndCheck(plan: PlanPage, sections: typeof planSections) {
	for (const section of sections) {
		const title = sectionText[section.id].title;
		await plan.openSection(section);
		await plan.fillSection(section, 'a11y');
		await plan.waitUntilSaved();
		await expectAccessibleInBothThemes(plan.page, `${section.id} (written)`, title);
		await plan.backToOverview();
	}
}

// Two walks, so the two browsers of a test run share the work.
test('every WRAP section passes axe in both themes, written in', async ({ page }) => {
	test.setTimeout(300_000);
	const plan = new PlanPage(page);
	await new JournalPage(page).setUp();
	await plan.openOverview();
	await writeAndCheck(
		plan,
		planSections.filter((s) => s.group === 'wrap')
	);
});

test('every other plan screen passes axe in both themes', async ({ page }) => {
	test.setTimeout(300_000);
	const plan = new PlanPage(page);
	await new JournalPage(page).setUp();
	await plan.openOverview();
	await expectAccessibleInBothThemes(page, 'plan overview (empty)', 'My recovery plan');
	await page.getByRole('link', { name: 'Start with a short guided walk' }).click();
	await expectAccessibleInBothThemes(page, 'guided start', 'Who I am');
	await page.getByRole('button', { name: 'Next' }).click();
	await plan.openOverview();
	await writeAndCheck(
		plan,
		planSections.filter((s) => s.group !== 'wrap')
	);
	await expectAccessibleInBothThemes(page, 'plan overview', 'My recovery plan');

	// A second sitting gives About me an earlier version; a removed item shows Undo.
	await plan.openSection(planSections[0]);
	await page.getByLabel('Who I am', { exact: true }).fill('Changed in a second sitting');
	await plan.waitUntilSaved();
	await plan.backToOverview();
	await plan.openSection(planSections[1]);
	await page
		.getByRole('button', { name: /^Remove / })
		.first()
		.click();
	await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
	await expectAccessibleInBothThemes(page, 'strengths with undo', sectionText.strengths.title);
	await plan.backToOverview();
	await plan.openSection(planSections[0]);
	await page
		.getByRole('region', { name: 'Earlier versions' })
		.getByText(/^Version of /)
		.first()
		.click();
	await expectAccessibleInBothThemes(page, 'about me with history', 'About me');
	// Hiding the tips.
	await page.getByRole('button', { name: 'Hide tips' }).click();
	await expect(page.getByRole('button', { name: 'Show tips' })).toHaveAttribute(
		'aria-expanded',
		'false'
	);
	await expectAccessibleInBothThemes(page, 'about me without tips', 'About me');

	await page.getByRole('link', { name: 'Print this section' }).click();
	await expectAccessibleInBothThemes(page, 'print', 'Print my plan');
	await page.goBack();
	await plan.backToOverview();
	await plan.openSection(planSections.at(-1)!);
	await page.getByRole('link', { name: 'Print the statement to sign' }).click();
	await expectAccessibleInBothThemes(
		page,
		'advance statement to print',
		'Print my advance statement'
	);
});
