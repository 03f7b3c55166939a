import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app';
import { expectAccessibleInBothThemes } from './support/axe';

// My data: the journal taken out in files a person can read, and another app's export brought
// in. Every export is preceded by the warning that the file is not encrypted.

test.describe.configure({ timeout: 60_000 });

const daysAgo = (days: number, hour = 10) => {
	const d = new Date();
	d.setDate(d.getDate() - days);
	d.setHours(hour, 0, 0, 0);
	return d.toISOString();
};

/** Chooses a format, is warned, and saves the file; returns its name and text. */
async function exportAs(page: Page, format: RegExp) {
	await page.getByRole('radio', { name: format }).check();
	await page.getByRole('button', { name: 'Make the file…' }).click();
	const dialog = page.getByRole('dialog', { name: 'This file will not be encrypted' });
	await expect(dialog).toBeVisible();
	await expect(dialog).toContainText('can be read by anyone who opens it');
	await expect(dialog).toContainText('saved by my browser');
	const download = page.waitForEvent('download');
	await dialog.getByRole('button', { name: 'Make the unencrypted file' }).click();
	const file = await download;
	await expect(page.getByRole('status').filter({ hasText: /^Made “/ })).toBeVisible();
	return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

test('exports the journal as Markdown, CSV and a printable document, warned each time', async ({
	page,
	seed
}) => {
	await seed(async (j) => {
		await j.plan('about-me', { name: 'Sam', whoIAm: '# not a heading <b>me</b>' });
		await j.goal({ title: 'Walk to the allotment', progress: 4 });
		await j.checkins([
			{ at: daysAgo(2), scores: { mood: 2 }, note: 'hard day, "rain"' },
			{ at: daysAgo(1), scores: { mood: 4 }, note: '=1+1' }
		]);
		await j.entry({ title: 'A good walk', text: 'By the river.' });
	});
	await new AppPage(page).openUnlocked('/settings');
	await page.getByRole('link', { name: 'Go to My data' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('My data');

	const markdown = await exportAs(page, /A document to read/);
	expect(markdown.name).toMatch(/^Waymark journal \d{4}-\d{2}-\d{2}\.md$/);
	expect(markdown.text).toContain('not encrypted');
	expect(markdown.text).toContain('\\# not a heading &lt;b>me&lt;/b>');
	expect(markdown.text).toContain('A good walk');
	expect(markdown.text).toContain('Walk to the allotment');

	const checkins = await exportAs(page, /My check-ins as a spreadsheet/);
	const rows = checkins.text
		.replace(/^\uFEFF/, '')
		.trimEnd()
		.split('\r\n');
	expect(rows[0]).toMatch(/^Date and time,Mood \(5 is good\)/);
	expect(rows).toHaveLength(3);
	expect(rows[1]).toContain('"hard day, ""rain"""');
	// A note that looks like a formula is kept as text.
	expect(rows[2]).toContain("'=1+1");

	const goals = await exportAs(page, /My goals and progress/);
	expect(goals.text).toContain('Walk to the allotment');

	// The printable one is warned about too, then shown as a document on screen.
	await page.getByRole('radio', { name: /A document to print/ }).check();
	await page.getByRole('checkbox', { name: 'My check-ins' }).uncheck();
	await page.getByRole('button', { name: 'Open the printable document…' }).click();
	const dialog = page.getByRole('dialog', { name: 'This file will not be encrypted' });
	await expect(dialog).toContainText('A printed page, or a PDF saved from it, is not encrypted');
	await dialog.getByRole('button', { name: 'Open it' }).click();
	const paper = page.getByRole('article', { name: 'The document to print' });
	await expect(paper.getByRole('heading', { level: 1 })).toHaveText('My Waymark journal');
	await expect(paper).toContainText('# not a heading <b>me</b>');
	await expect(paper.getByRole('heading', { name: 'My check-ins' })).toHaveCount(0);
	await expect(paper.getByRole('heading', { name: 'My goals' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
	await expectAccessibleInBothThemes(page, 'printable export', 'My Waymark journal');
});

test('a new journal brings in a Daylio export, once, and its check-ins show in the charts', async ({
	page,
	seed
}) => {
	await seed();
	const app = new AppPage(page);
	await app.openUnlocked('/my-data');
	const file = page.getByLabel('The exported file (.csv)');

	// A broken file changes nothing and says why.
	await file.setInputFiles('tests/fixtures/imports/daylio-truncated.csv');
	await expect(page.getByRole('alert')).toContainText('never closes');
	await expect(page.getByRole('button', { name: 'Bring these in' })).toHaveCount(0);

	await file.setInputFiles('tests/fixtures/imports/daylio-sample.csv');
	await expect(page.getByText('This is a Daylio export.')).toBeVisible();
	const preview = page.getByRole('region', { name: 'What will be added' });
	const counts = await preview.getByText(/check-ins? and \d+ journal entr/).textContent();
	const checkins = Number(counts!.match(/^(\d+) check-in/)![1]);
	expect(checkins).toBeGreaterThan(20);
	await expect(page.getByLabel('Mood in the file')).toHaveValue('mood');
	// A mood of the person's own, placed on the scale, so every check-in has a mood.
	await page.getByLabel('“irritable” (2 times)').selectOption('2');
	await expect(preview).toContainText(`${checkins} check-ins`);
	await expect(
		preview.getByRole('heading', { name: 'The first rows, as they will be written' })
	).toBeVisible();
	await expectAccessibleInBothThemes(page, 'My data, import preview', 'My data');

	await page.getByRole('button', { name: 'Bring these in' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: `Added ${checkins} check-ins` })
	).toBeVisible();

	// The same file again is refused.
	await file.setInputFiles('tests/fixtures/imports/daylio-sample.csv');
	await expect(page.getByRole('alert')).toContainText('I already brought in this Daylio file');

	// Opened by its address, as from a bookmark: the journal asks to be unlocked again.
	await app.openUnlocked('/checkin/charts?range=all');
	const chart = page.getByRole('img', { name: /Check-in scales/ });
	await expect(chart).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: /^Mood:/ })).toContainText(
		`from ${checkins} check-ins`
	);
});

test('home says once, gently, that a check-in day went by', async ({ page, seed }) => {
	await seed((j) => j.checkins([{ at: daysAgo(3), scores: { mood: 3 } }]));
	const app = new AppPage(page);
	await app.openUnlocked('/');
	const note = page.getByRole('region', { name: 'A gentle note' });
	await expect(note).toContainText('a day or so without a check-in');
	await expect(note).not.toContainText(/streak|missed/i);
	await note.getByRole('button', { name: 'Thanks, hide this' }).click();
	await expect(note).toHaveCount(0);
	await page.getByRole('link', { name: 'Journal' }).first().click();
	await page.getByRole('link', { name: 'Home' }).first().click();
	await expect(page.getByRole('heading', { name: 'Coming up' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'A gentle note' })).toHaveCount(0);
});
