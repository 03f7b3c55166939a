import { chromium } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { JournalPage } from './pages/journal';
import { JourneyPage } from './pages/journey';
import { PlanPage } from './pages/plan';
import { chromiumLaunchOptions } from '../../scripts/chromium.js';
import { seedJournal } from './support/journal-seed';

// Chromium keeps form state in its profile for session restore (Sessions/Session_*, Tabs_*),
// written as UTF-16. Whatever a person typed must not be left there, or anywhere else on disk.

const phrase = 'Zephyrquill';
const secret = 'marmalade quasar ninety';

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		try {
			return statSync(path).isDirectory() ? filesUnder(path) : [path];
		} catch {
			return [];
		}
	});
}

/** Files under dir holding text in UTF-8 or UTF-16 (either byte order), as paths inside dir. */
function filesHolding(dir: string, text: string): string[] {
	const forms = [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')];
	forms.push(Buffer.from(forms[1]).swap16());
	return filesUnder(dir)
		.filter((path) => {
			const bytes = readFileSync(path);
			return forms.some((form) => bytes.includes(form));
		})
		.map((path) => path.slice(dir.length));
}

test('nothing typed is left in the browser’s own files after locking', async ({ baseURL }) => {
	test.setTimeout(90_000);
	const profile = mkdtempSync(join(tmpdir(), 'waymark-profile-'));
	const launch = chromiumLaunchOptions();
	const context = await chromium.launchPersistentContext(profile, {
		...launch,
		baseURL,
		viewport: { width: 390, height: 844 }
	});
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		const journal = new JournalPage(page);
		const journey = new JourneyPage(page);
		await seedJournal(page, new URL(baseURL!).origin);
		await journal.open();

		await journey.writePlanList('Early warning signs', 'Signs I notice', 'Add a sign', [
			`${phrase} list item`
		]);
		await new PlanPage(page).openOverview();
		await page.getByRole('main').getByRole('link', { name: 'About me' }).click();
		await page.getByLabel('Who I am', { exact: true }).fill(`${phrase} plan text`);
		await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

		await journal.writeEntry(`${phrase} title`, `${phrase} journal entry`);
		await journey.createGoal(`${phrase} goal`, 3);

		await journey.openArea('Check in now', 'Check in');
		await journey.score('Mood', 3);
		await page.getByLabel('Anything else? (optional)').fill(`${phrase} check-in note`);
		await page.getByRole('button', { name: 'Save check-in' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('My journey');

		// A passphrase typed with Show on, and left unsaved.
		await journal.goTo('Settings');
		await page.getByRole('button', { name: 'Change passphrase' }).click();
		await page.getByLabel('Current passphrase', { exact: true }).fill(secret);
		await page.getByRole('button', { name: 'Show Current passphrase' }).click();
		// Chromium sends a page's form state to its session files a moment after it changes.
		await page.waitForTimeout(3_000);

		await journal.lock();
		await page.waitForTimeout(1_000);
	} finally {
		await context.close();
	}
	try {
		const left = ['list item', 'plan text', 'title', 'journal entry', 'goal', 'check-in note']
			.map((what) => `${phrase} ${what}`)
			.concat(secret)
			.flatMap((text) => filesHolding(profile, text).map((file) => `${text} in ${file}`));
		expect(left, 'what was typed, left in the profile').toEqual([]);
		expect(filesHolding(profile, phrase)).toEqual([]);
		// The search works: the profile does keep what the browser itself records.
		expect(filesHolding(profile, 'Waymark').length).toBeGreaterThan(0);
	} finally {
		rmSync(profile, { recursive: true, force: true });
	}
});
