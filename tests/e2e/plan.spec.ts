import { expect, test } from './fixtures';
import { AppPage } from './pages/app';
import { JournalPage } from './pages/journal';
import { PlanPage, planSections, type Written } from './pages/plan';
import { list } from './support/journal-writer';
import { pdfPageTexts } from './support/pdf-text';

test.use({ viewport: { width: 390, height: 844 } });

test.describe('my recovery plan', () => {
	test('every section is written on a phone, and every word survives closing the page mid-sentence', async ({
		page,
		context,
		seed
	}) => {
		test.setTimeout(240_000);
		const journal = new JournalPage(page);
		const plan = new PlanPage(page);
		await seed();
		await journal.open();
		await plan.openOverview();
		const written: Written = [];
		for (const section of planSections) {
			await plan.openSection(section);
			written.push(...(await plan.fillSection(section, `w${section.id.replace(/-/g, '')}`)));
			await plan.backToOverview();
		}
		// Each section now says how much of it is written, and that it changed today.
		await expect(
			page.getByRole('link', { name: /My crisis plan.*16 of 16 parts written/ })
		).toBeVisible();

		// Mid-sentence, the page is closed: no pause for the autosave to notice.
		await plan.openSection(planSections[0]);
		await page.getByLabel('Who I am', { exact: true }).click();
		await page.keyboard.press('End');
		await page.keyboard.type(' and then the page closed in the middle of a wor');
		await page.close({ runBeforeUnload: false });

		const reopened = await context.newPage();
		await reopened.goto('/plan/print');
		await new JournalPage(reopened).unlock();
		await expect(reopened.getByRole('heading', { level: 1 })).toHaveText('Print my plan');
		const paper = reopened.locator('.paper');
		for (const { section, field, value } of written) {
			if (section.fields[field].type === 'date') continue;
			await expect(
				paper.getByText(value, { exact: false }).filter({ visible: true }).first(),
				`${section.id}.${field}`
			).toBeVisible();
		}
		await expect(paper.getByText('and then the page closed in the middle of a wor')).toBeVisible();
		// Dates read back in their own fields.
		await reopened.goto('/plan/advance-statement');
		await new JournalPage(reopened).unlock();
		const dayLabels: Record<string, string> = {
			birthDate: 'My date of birth',
			signedOn: 'Date I signed it',
			witnessedOn: 'Date it was witnessed'
		};
		for (const { field, value } of written.filter((w) => w.section.fields[w.field].type === 'date'))
			await expect(reopened.getByLabel(dayLabels[field]), field).toHaveValue(value);
	});

	test('a long text keeps its last words when the page closes straight after typing', async ({
		page,
		context,
		seed
	}) => {
		test.slow();
		const plan = new PlanPage(page);
		await seed();
		await new JournalPage(page).open();
		await plan.openOverview();
		await plan.openSection(planSections[0]);
		const whoIAm = page.getByLabel('Who I am', { exact: true });
		// Long texts are read from the page after a pause; closing must not wait for it.
		await whoIAm.fill('Some days are slow. '.repeat(200));
		await plan.waitUntilSaved();
		await whoIAm.press('End');
		await page.keyboard.type('The very last words.');
		await page.close({ runBeforeUnload: false });

		const reopened = await context.newPage();
		await reopened.goto('/plan/about-me');
		await new JournalPage(reopened).unlock();
		await expect(reopened.getByLabel('Who I am', { exact: true })).toHaveValue(
			`${'Some days are slow. '.repeat(200)}The very last words.`
		);
	});

	test('lists work by keyboard and by dragging: Enter adds, arrows or the handle reorder, Undo brings back a removed item', async ({
		page,
		seed
	}) => {
		test.slow();
		const plan = new PlanPage(page);
		await seed();
		await new JournalPage(page).open();
		await plan.openOverview();
		await plan.openSection(planSections.find((s) => s.id === 'wellness-toolbox')!);
		const group = plan.group('Things that help me');
		await group.getByRole('button', { name: 'Add something that helps' }).press('Enter');
		for (const item of ['A hot bath', 'Calling Sam', 'Music']) {
			await page.keyboard.type(item);
			if (item !== 'Music') await page.keyboard.press('Enter');
		}
		const items = group.getByRole('textbox');
		await expect(items).toHaveCount(3);
		await expect(items).toHaveText(['', '', '']);
		expect(
			await items.evaluateAll((boxes) => boxes.map((b) => (b as HTMLTextAreaElement).value))
		).toEqual(['A hot bath', 'Calling Sam', 'Music']);

		await group.getByRole('button', { name: 'Move “Music”, 3 of 3' }).focus();
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		await expect(
			page.getByRole('status').filter({ hasText: '“Music” moved to 1 of 3' })
		).toBeAttached();
		await expect(group.getByRole('button', { name: 'Move “Music”, 1 of 3' })).toBeFocused();

		await group.getByRole('button', { name: 'Remove “Calling Sam”' }).press('Enter');
		await expect(group.getByRole('textbox')).toHaveCount(2);
		await expect(page.getByText('Removed “Calling Sam”.')).toBeVisible();
		await page.getByRole('button', { name: 'Undo' }).press('Enter');
		await expect(group.getByRole('textbox')).toHaveCount(3);
		await plan.waitUntilSaved();

		// Backspace in an empty item removes it.
		await group.getByRole('textbox').last().click();
		await page.keyboard.press('End');
		await page.keyboard.press('Enter');
		await expect(group.getByRole('textbox')).toHaveCount(4);
		await page.keyboard.press('Backspace');
		await expect(group.getByRole('textbox')).toHaveCount(3);

		// A finger (or mouse) drags an item by its handle: Calling Sam to the top.
		const handle = group.getByRole('button', { name: /^Move “Calling Sam”/ });
		const target = await group.getByRole('listitem').first().boundingBox();
		const from = await handle.boundingBox();
		await page.mouse.move(from!.x + from!.width / 2, from!.y + from!.height / 2);
		await page.mouse.down();
		await page.mouse.move(from!.x + from!.width / 2, target!.y + 4, { steps: 8 });
		await page.mouse.up();
		await expect(group.getByRole('button', { name: 'Move “Calling Sam”, 1 of 3' })).toBeVisible();

		await plan.waitUntilSaved();
		await page.reload();
		await new JournalPage(page).unlock();
		await expect(plan.heading()).toHaveText('My wellness toolbox');
		expect(
			await plan
				.group('Things that help me')
				.getByRole('textbox')
				.evaluateAll((boxes) => boxes.map((b) => (b as HTMLTextAreaElement).value))
		).toEqual(['Calling Sam', 'Music', 'A hot bath']);
	});

	test('an earlier version of a section can be read and restored', async ({ page, seed }) => {
		test.slow();
		const plan = new PlanPage(page);
		await seed();
		await new JournalPage(page).open();
		await plan.openOverview();
		const aboutMe = planSections[0];
		const whoIAm = page.getByLabel('Who I am', { exact: true });

		await plan.openSection(aboutMe);
		await whoIAm.fill('A night owl who loves the sea.');
		await plan.waitUntilSaved();
		await plan.backToOverview();
		await plan.openSection(aboutMe);
		await whoIAm.fill('An early riser these days.');
		await plan.waitUntilSaved();
		await plan.backToOverview();

		await plan.openSection(aboutMe);
		await expect(whoIAm).toHaveValue('An early riser these days.');
		const history = page.getByRole('region', { name: 'Earlier versions' });
		await history
			.getByText(/^Version of /)
			.first()
			.click();
		await expect(history.getByText('A night owl who loves the sea.')).toBeVisible();
		await history.getByRole('button', { name: 'Make this the current version' }).first().click();
		await expect(whoIAm).toHaveValue('A night owl who loves the sea.');
		await plan.waitUntilSaved();
		// Nothing is lost: the version it replaced is kept too.
		await expect(history.getByText(/^Version of /)).toHaveCount(2);
		// Saved within the same minute, the two still read differently.
		const labels = await history.getByText(/^Version of /).allInnerTexts();
		expect(new Set(labels).size).toBe(2);
		await history
			.getByText(/^Version of /)
			.first()
			.click();
		await expect(history.getByText('An early riser these days.')).toBeVisible();
	});

	test('crisis numbers call with one tap, through tel: links holding the stored number', async ({
		page,
		seed
	}) => {
		test.slow();
		const plan = new PlanPage(page);
		await seed();
		await new JournalPage(page).open();
		await plan.openOverview();
		await plan.openSection(planSections.find((s) => s.id === 'crisis-numbers')!);
		const numbers = plan.group('Numbers');
		await numbers.getByRole('button', { name: 'Add a number' }).click();
		await numbers.getByLabel('Who it is').fill('Samaritans');
		await numbers.getByLabel('Phone number').fill('116 123');
		await expect(numbers.getByRole('link', { name: 'Call Samaritans' })).toHaveAttribute(
			'href',
			'tel:116123'
		);
		await numbers.getByRole('button', { name: 'Add a number' }).click();
		await numbers.getByLabel('Who it is').last().fill('Crisis team');
		await numbers.getByLabel('Phone number').last().fill('+44 161 496 0000');
		await expect(numbers.getByRole('link', { name: 'Call Crisis team' })).toHaveAttribute(
			'href',
			'tel:+441614960000'
		);
		// Enter moves on through a number's parts, and from its last part adds the next one.
		await numbers.getByLabel('Who it is').last().press('Enter');
		await expect(numbers.getByLabel('Phone number').last()).toBeFocused();
		await numbers.getByLabel('Phone number').last().press('Enter');
		await expect(numbers.getByLabel('When to call').last()).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(numbers.getByLabel('Who it is')).toHaveCount(3);
		await expect(numbers.getByLabel('Who it is').last()).toBeFocused();
		await page.keyboard.type('NHS 111');
		await page.keyboard.press('Enter');
		await page.keyboard.type('111');
		await expect(numbers.getByLabel('Who it is').last()).toHaveValue('NHS 111');
		await expect(numbers.getByLabel('Phone number').last()).toHaveValue('111');
		// Backspace in the empty first part of an empty one takes it away again.
		await numbers.getByLabel('When to call').last().press('Enter');
		await expect(numbers.getByLabel('Who it is')).toHaveCount(4);
		await page.keyboard.press('Backspace');
		await expect(numbers.getByLabel('Who it is')).toHaveCount(3);
		await plan.backToOverview();
		await plan.openSection(planSections.find((s) => s.id === 'my-worker')!);
		await page.getByLabel('Name', { exact: true }).fill('Sam Reid');
		await page.getByLabel('Phone number', { exact: true }).first().fill('0161 496 0123');
		await expect(page.getByRole('link', { name: 'Call Sam Reid' })).toHaveAttribute(
			'href',
			'tel:01614960123'
		);
	});

	test('the advance statement names who it is about, checks the NHS number, and prints the signing straight after', async ({
		page,
		seed
	}) => {
		const plan = new PlanPage(page);
		await seed();
		await new JournalPage(page).open();
		await plan.openOverview();
		await plan.openSection(planSections.find((s) => s.id === 'advance-statement')!);
		await page.getByLabel('My full name').fill('Alison Jane Hart');
		await page.getByLabel('My date of birth').fill('1984-04-02');
		const nhs = page.getByLabel('My NHS number (optional)');
		await nhs.fill('943 476 5918');
		await expect(page.getByText('That isn’t a valid NHS number')).toHaveCount(0);
		await nhs.blur();
		await expect(nhs).toHaveAccessibleDescription(/That isn’t a valid NHS number/);
		await nhs.fill('943 476 5919');
		await expect(page.getByText('That isn’t a valid NHS number')).toHaveCount(0);
		await page.getByLabel('How I wish to be treated').fill('At home if I can be.');
		await plan.waitUntilSaved();

		await page.getByRole('link', { name: 'Print the statement to sign' }).click();
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByText(/^Alison Jane Hart · Advance statement · printed /)).toBeVisible();
		await expect(page.getByText('This is how Alison Jane Hart wishes to be treated')).toBeVisible();
		await expect(page.getByText('943 476 5919')).toBeVisible();
		await expect(page.getByText('Date of birth')).toBeVisible();
		// A short statement and its signing fit one page: the signing is not pushed to the next.
		expect(pageCount(await page.pdf({ format: 'A4' }))).toBe(1);
	});

	test('the plan and the advance statement print with their headings, a section to a page', async ({
		page,
		seed
	}) => {
		test.slow();
		const app = new AppPage(page);
		const plan = new PlanPage(page);
		await seed(async (j) => {
			await j.plan('about-me', { name: 'Ali', whoIAm: 'A dad and a keen cook.' });
			await j.plan('triggers', { notice: list('Anniversaries') });
			await j.plan('advance-statement', {
				wishes: 'At home if I can be.',
				reasons: 'My own space calms me.'
			});
		});
		await app.openUnlocked('/plan/advance-statement');
		await expect(plan.heading()).toHaveText('My advance statement');

		await page.getByRole('link', { name: 'Print the statement to sign' }).click();
		await expect(plan.heading()).toHaveText('Print my advance statement');
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
		await expect(app.nav).toBeHidden();
		await expect(page.getByRole('heading', { name: 'Advance statement' })).toBeVisible();
		await expect(page.getByText('At home if I can be.')).toBeVisible();
		for (const heading of ['Signed', 'Witness'])
			await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
		for (const line of ['Signature', 'Witness’s name', 'Witness’s role'])
			await expect(page.getByText(line, { exact: true }).first()).toBeVisible();
		await expect(page.getByText(/^Ali · Advance statement · printed /)).toBeVisible();
		expect(pageCount(await page.pdf({ format: 'A4' }))).toBeGreaterThanOrEqual(1);

		await page.emulateMedia({ media: 'screen' });
		await page.getByRole('link', { name: 'My advance statement' }).click();
		await page.getByRole('link', { name: 'My plan', exact: true }).first().click();
		await page.getByRole('link', { name: 'Print my plan' }).click();
		await expect(plan.heading()).toHaveText('Print my plan');
		// Only sections with words in them are offered, all chosen at first.
		const choices = page.getByRole('group', { name: 'Sections to print' }).getByRole('checkbox');
		await expect(choices).toHaveCount(3);
		await page.emulateMedia({ media: 'print' });
		for (const title of ['About me', 'Triggers', 'My advance statement'])
			await expect(page.getByRole('heading', { name: title, level: 2 })).toBeVisible();
		await expect(page.getByText(/^Ali · My recovery plan · /)).toBeVisible();
		// One section to a page, on A4 and on US Letter.
		for (const format of ['A4', 'Letter'])
			expect(pageCount(await page.pdf({ format })), format).toBe(3);

		await page.emulateMedia({ media: 'screen' });
		await page.getByRole('checkbox', { name: 'Triggers' }).uncheck();
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('heading', { name: 'Triggers', level: 2 })).toBeHidden();
		expect(pageCount(await page.pdf({ format: 'A4' }))).toBe(2);
	});

	test('every printed page carries my name, the date and its page number, a long section its title, and the dark theme prints light', async ({
		page,
		seed
	}) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		const long = Array.from(
			{ length: 90 },
			(_, n) => `Line ${n + 1}: the sea on a grey morning, and a walk before breakfast.`
		).join('\n');
		await seed((j) => j.plan('about-me', { name: 'Ali', whoIAm: long }));
		await page.goto('/plan/print');
		await new JournalPage(page).unlock();
		await expect(page.getByRole('heading', { name: 'About me', level: 2 })).toBeVisible();
		await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
		const paper = await page.evaluate(() => ({
			page: getComputedStyle(document.body).backgroundColor,
			words: getComputedStyle(document.querySelector('.printed-section')!).color,
			theme: document.documentElement.dataset.theme,
			surface: getComputedStyle(document.documentElement).getPropertyValue('--colour-surface')
		}));
		expect(paper).toMatchObject({
			page: 'rgb(255, 255, 255)',
			words: 'rgb(0, 0, 0)',
			theme: 'dark'
		});
		// The light theme's surface, though the screen is dark.
		expect(paper.surface).toMatch(/^#fff(fff)?$/i);

		const pages = pdfPageTexts(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
		expect(pages.length).toBeGreaterThan(1);
		pages.forEach((words, n) => {
			const flat = words.replace(/\s+/g, ' ');
			expect(flat, `page ${n + 1}`).toMatch(/Ali · My recovery plan · /);
			expect(flat, `page ${n + 1}`).toMatch(new RegExp(`Page ${n + 1} of ${pages.length}`));
			expect(flat, `page ${n + 1}`).toContain('About me');
		});
	});
});

/** Pages in a PDF made by Chromium: one page object each. */
function pageCount(pdf: Buffer): number {
	return pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
}
