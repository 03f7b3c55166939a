import { expect, test } from './fixtures';
import { AppPage } from './pages/app';
import { JournalPage } from './pages/journal';
import { PlanPage, planSections } from './pages/plan';
import { sectionText } from '../../src/lib/features/records/section-text';
import { expectAccessibleInBothThemes } from './support/axe';
import { fullJournal, fullPlan, whoTheStatementIsAbout } from './support/full-journal';
import type { JournalWriter } from './support/journal-writer';

// Every plan screen, filled in (so lists, cards, call links and history all show), in both
// themes at phone size. The sections are walked in three groups, each a test of its own: the
// groups run side by side, and each unlocks its journal once rather than once a screen.

/** Every field of every section written. */
const everyField: Record<string, Record<string, unknown>> = {
	...fullPlan,
	'advance-statement': { ...fullPlan['advance-statement'], ...whoTheStatementIsAbout }
};
const wholePlan = async (j: JournalWriter) => {
	for (const section of planSections) await j.plan(section.id, everyField[section.id]);
};
const groups = 3;
const perGroup = Math.ceil(planSections.length / groups);

test.describe('every plan screen passes axe in both themes', () => {
	for (let group = 0; group < groups; group++) {
		const sections = planSections.slice(group * perGroup, (group + 1) * perGroup);
		test(`${sections.map((s) => s.id).join(', ')}, written in`, async ({ page, seed }) => {
			// Each screen is checked twice over (both themes): about twice an ordinary test's walk.
			test.setTimeout(60_000);
			const plan = new PlanPage(page);
			await seed(wholePlan);
			await new AppPage(page).openUnlocked(`/plan/${sections[0].id}`);
			for (const [index, section] of sections.entries()) {
				if (index > 0) {
					await plan.backToOverview();
					await plan.openSection(section);
				}
				await expectAccessibleInBothThemes(
					page,
					`${section.id} (written)`,
					sectionText[section.id].title
				);
			}
		});
	}

	test('the overview, empty, and the guided start', async ({ page, seed }) => {
		await seed();
		await new AppPage(page).openUnlocked('/plan');
		await expectAccessibleInBothThemes(page, 'plan overview (empty)', 'My recovery plan');
		await page.getByRole('link', { name: 'Start with a short guided walk' }).click();
		await expectAccessibleInBothThemes(page, 'guided start', 'Who I am');
	});

	test('the overview, every section written', async ({ page, seed }) => {
		await seed(wholePlan);
		await new AppPage(page).openUnlocked('/plan');
		// No part of any section is left empty, so every screen above shows all it can.
		for (const section of planSections)
			await expect(
				page.getByRole('main').getByRole('link', { name: sectionText[section.id].title }),
				section.id
			).toContainText(
				Object.keys(section.fields).length === 1 ? /Written/ : /(\d+) of \1 parts written/
			);
		await expectAccessibleInBothThemes(page, 'plan overview', 'My recovery plan');
	});

	test('strengths, with Undo after removing an item', async ({ page, seed }) => {
		await seed(fullJournal);
		await new AppPage(page).openUnlocked('/plan/strengths');
		await page
			.getByRole('button', { name: /^Remove / })
			.first()
			.click();
		await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
		await expectAccessibleInBothThemes(page, 'strengths with undo', sectionText.strengths.title);
	});

	test('about me, with its history open, and without tips', async ({ page, seed }) => {
		// A second sitting gives About me an earlier version.
		await seed((j) =>
			j.plan('about-me', fullPlan['about-me'], {
				...fullPlan['about-me'],
				whoIAm: 'Changed in a second sitting'
			})
		);
		await new AppPage(page).openUnlocked('/plan/about-me');
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
	});

	test('the plan and the advance statement, to print', async ({ page, seed }) => {
		const plan = new PlanPage(page);
		await seed(fullJournal);
		await new JournalPage(page).open();
		await plan.openOverview();
		await plan.openSection(planSections[0]);
		await page.getByRole('link', { name: 'Print this section' }).click();
		await expectAccessibleInBothThemes(page, 'print', 'Print my plan');
		await page.goBack();
		await plan.backToOverview();
		await plan.openSection(planSections.at(-1)!);
		await expect(page.getByLabel('How I wish to be treated')).not.toHaveValue('');
		await page.getByRole('link', { name: 'Print the statement to sign' }).click();
		await expectAccessibleInBothThemes(
			page,
			'advance statement to print',
			'Print my advance statement'
		);
	});
});
