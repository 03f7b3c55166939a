// Takes the README's screenshots from a running build: node scripts/screenshots.js [baseURL]
// (start one with `npm start`). Phone size 390x844 and desktop 1280x800, light and dark.
// Each run sets up a journal in a fresh profile, so nothing real is ever photographed.
import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.js';

const base = process.argv[2] ?? 'http://localhost:4173';
const out = 'docs/screenshots';
const passphrase = 'kettle orbit velvet lantern';
const sizes = [
	{ name: 'phone', viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 },
	{ name: 'desktop', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 }
];

/** @param {import('@playwright/test').Page} page */
const heading = (page) => page.getByRole('heading', { level: 1 });

/** @param {import('@playwright/test').Page} page @param {string} label */
const nav = (page, label) =>
	page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }).click();

await mkdir(out, { recursive: true });
const launch = chromiumLaunchOptions();
// A fake microphone, for the voice note in the journal's screenshots.
const browser = await chromium.launch({
	...launch,
	args: [...launch.args, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream']
});
for (const size of sizes) {
	for (const colorScheme of /** @type {const} */ (['light', 'dark'])) {
		const context = await browser.newContext({ ...size, colorScheme, serviceWorkers: 'block' });
		const page = await context.newPage();
		/** @param {string} name */
		const shot = (name) =>
			page.screenshot({ path: `${out}/${name}-${size.name}-${colorScheme}.png` });

		await page.goto(base);
		await heading(page).waitFor();
		await shot('welcome');
		await page.getByRole('button', { name: 'Set up my journal' }).click();
		await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
		await page.getByLabel('Type it again').fill(passphrase);
		await page.getByRole('button', { name: 'Continue' }).click();
		await page.getByRole('heading', { name: 'Save my recovery key' }).waitFor();
		await shot('recovery-key');
		await page.getByLabel('I’ve saved my recovery key somewhere safe.').check();
		await page.getByRole('button', { name: 'Create my journal' }).click();
		await page.getByRole('heading', { name: 'My recovery journal' }).waitFor({ timeout: 30_000 });
		await shot('home');

		// The plan: a few sections written, then the overview and one section.
		await nav(page, 'My plan');
		await heading(page).waitFor();
		/** @param {string} title */
		const openSection = async (title) => {
			await page.getByRole('main').getByRole('link', { name: title }).click();
			await page.getByRole('heading', { name: title, level: 1 }).waitFor();
		};
		/** @param {string} label @param {string} add @param {string[]} items */
		const list = async (label, add, items) => {
			await page.getByRole('group', { name: label }).getByRole('button', { name: add }).click();
			for (const [n, item] of items.entries()) {
				if (n > 0) await page.keyboard.press('Enter');
				await page.keyboard.type(item);
			}
		};
		const saved = () =>
			page
				.getByRole('status')
				.filter({ hasText: /^Saved$/ })
				.waitFor();
		const back = () => nav(page, 'My plan');
		await openSection('About me');
		await page.getByLabel('What I like to be called').fill('Ali');
		await page
			.getByLabel('Who I am', { exact: true })
			.fill('A dad, a keen cook and a night owl. Being near the sea matters a lot to me.');
		await saved();
		await back();
		await openSection('My wellness toolbox');
		await list('Things that help me', 'Add something that helps', [
			'A hot bath',
			'Calling my sister',
			'Twenty minutes outside'
		]);
		await saved();
		await back();
		await openSection('Early warning signs');
		await list('Signs I notice', 'Add a sign', [
			'Sleeping past midday',
			'Skipping meals',
			'Not answering texts'
		]);
		await list('What I will do', 'Add an action', [
			'Tell my worker at our next session',
			'Go back to my daily routine'
		]);
		await saved();
		await page.evaluate(() => scrollTo(0, 0));
		await shot('plan-section');
		await back();
		await heading(page).waitFor();
		await shot('plan');

		await nav(page, 'Journal');
		/** @param {string} title @param {string} words @param {string} mood */
		const write = async (title, words, mood) => {
			await page.getByRole('link', { name: 'New entry' }).click();
			await page.getByLabel('Title (optional)').fill(title);
			await page.getByLabel('What’s on my mind').fill(words);
			await page.getByRole('button', { name: mood }).click();
			await page
				.getByRole('status')
				.filter({ hasText: /^Saved$/ })
				.waitFor();
		};
		await write(
			'Things that help on a bad morning',
			'Open the curtains. A glass of water. Text Jo. Ten minutes outside, even if it is raining.',
			'steady'
		);
		await page.getByRole('checkbox', { name: 'Pin to the top of my journal' }).check();
		await page.getByRole('button', { name: 'Done' }).click();
		await write(
			'Rang my sister',
			'We talked for an hour about nothing much. I laughed more than I have in weeks.',
			'grateful'
		);
		await page.getByRole('button', { name: 'Done' }).click();
		await write(
			'A walk by the sea',
			'Walked to the harbour before breakfast. The light on the water helped, and I rang my sister after.',
			'calm'
		);
		await page.getByRole('button', { name: 'Record a voice note' }).click();
		await page.waitForTimeout(2_500);
		await page.getByRole('button', { name: 'Stop and save' }).click();
		await page.getByRole('button', { name: /^Rename / }).click();
		await page.getByLabel('Name').fill('The sound of the harbour');
		await page.getByRole('button', { name: 'Save name' }).click();
		await page.getByRole('article', { name: 'The sound of the harbour' }).waitFor();
		// From the words down to the voice note: what this screen adds to plain writing.
		await page.getByLabel('What’s on my mind').evaluate((node) => node.scrollIntoView());
		await page.evaluate(() => scrollBy(0, -110));
		await shot('entry');
		await page.getByRole('button', { name: 'Done' }).click();
		await heading(page).waitFor();
		await shot('journal');
		await page.getByRole('link', { name: 'Search my journal' }).click();
		await page.getByLabel('Search for').fill('sister');
		await page.getByRole('main').getByRole('listitem').first().waitFor();
		await shot('search');

		// The journey: check-ins over the last fortnight, a goal with a setback, the timeline.
		const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');
		for (let ago = 13; ago >= 0; ago--) {
			if (ago % 4 === 1) continue;
			const day = new Date();
			day.setDate(day.getDate() - ago);
			await nav(page, 'Journey');
			await page.getByRole('link', { name: 'Check in now' }).click();
			const scores = [3 + (ago % 3) - (ago % 2), 2 + (ago % 4), 4 - (ago % 3), 2 + ((ago * 3) % 4)];
			for (const [n, scale] of ['Mood', 'Sleep', 'Hope', 'Feeling connected'].entries())
				await page.getByRole('radio', { name: `${scale}: ${Math.min(5, scores[n])} of 5` }).check();
			if (ago === 0) {
				await page.getByRole('checkbox', { name: 'Sleeping past midday' }).check();
				await page.getByLabel('What helped today? (optional)').fill('A walk with my sister');
				await page.getByRole('region', { name: 'What I said I would do' }).scrollIntoViewIfNeeded();
				await shot('checkin');
			}
			// Earlier days at 09:30; today's keeps the form's own time (now), as 09:30 may be to come.
			if (ago > 0)
				await page
					.getByLabel('When')
					.fill(`${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}T09:30`);
			await page.getByRole('button', { name: 'Save check-in' }).click();
			await page.getByRole('heading', { name: 'My journey' }).waitFor();
		}
		await page.getByRole('link', { name: 'How I’ve been: charts and calendar' }).click();
		await page.getByRole('img', { name: /Check-in scales/ }).waitFor();
		await page.waitForTimeout(300);
		await shot('charts');

		await nav(page, 'Journey');
		await page.getByRole('link', { name: 'Open my goals' }).click();
		await page.getByRole('link', { name: 'New goal' }).click();
		await page.getByLabel('What I’d like to do').fill('Swim once a week again');
		await page.getByRole('radio', { name: '2 of 10' }).check();
		await page.getByRole('button', { name: 'Save goal' }).click();
		await page.getByRole('heading', { name: 'Swim once a week again' }).waitFor();
		await page.getByRole('button', { name: 'Record a setback' }).click();
		await page.getByLabel('What happened').fill('The pool was packed and I left');
		await page.getByLabel('What I learnt').fill('Go at quieter times');
		await page.getByRole('button', { name: 'Save setback' }).click();
		await page.getByText('Setback saved.').waitFor();
		await page.getByRole('button', { name: 'Log progress' }).click();
		await page.getByRole('radio', { name: '4 of 10' }).check();
		await page.getByLabel('How it’s going (optional)').fill('Went early on Sunday: nearly empty');
		await page.getByRole('button', { name: 'Save progress' }).click();
		await page.getByText('Progress saved.').waitFor();
		await page.getByRole('heading', { name: 'Progress over time' }).scrollIntoViewIfNeeded();
		await page.waitForTimeout(300);
		await shot('goal');

		await nav(page, 'Journey');
		await page.getByRole('link', { name: 'Timeline: everything in order' }).click();
		await page.getByText(/^Showing/).waitFor();
		await shot('timeline');

		// Sharing: a review preparation, checked, then opened as the worker would.
		await nav(page, 'Journey');
		await page.getByRole('link', { name: 'Share or prepare' }).click();
		await page.getByRole('link', { name: 'Prepare for my review' }).click();
		await page.getByRole('checkbox', { name: 'Early warning signs' }).check();
		await page
			.getByLabel('Things I want to talk about')
			.fill('Going back to work part-time in the new year.');
		await page.evaluate(() => scrollTo(0, 0));
		await shot('share-choose');
		await page.getByRole('button', { name: 'Preview' }).click();
		await page.getByRole('region', { name: 'Preview of the summary' }).waitFor();
		await shot('share-check');
		// A short link through the relay `npm start` runs: the kind of link, then the QR code.
		const short = page.getByRole('radio', { name: /A short link/ });
		await short.check();
		await short.scrollIntoViewIfNeeded();
		await shot('share-options');
		await page.getByRole('button', { name: 'Make the link' }).click();
		await page.getByRole('heading', { name: 'Step 3 of 3: Share' }).waitFor();
		await shot('share-link');
		await page.getByRole('img', { name: /QR code of the link/ }).scrollIntoViewIfNeeded();
		await shot('share-qr');
		const link = await page.getByLabel('The link', { exact: true }).inputValue();
		const worker = await browser.newContext({ ...size, colorScheme, serviceWorkers: 'block' });
		const view = await worker.newPage();
		await view.goto(link);
		await view.getByRole('button', { name: 'Open the summary' }).waitFor();
		await view.screenshot({ path: `${out}/view-open-${size.name}-${colorScheme}.png` });
		await view.getByRole('button', { name: 'Open the summary' }).click();
		await view.locator('article[data-summary-shown]').waitFor();
		await view.screenshot({ path: `${out}/view-${size.name}-${colorScheme}.png` });
		await worker.close();
		// What I have shared: the link opened once, and the button that stops it.
		await page.getByRole('link', { name: 'Done' }).click();
		const opened = page.getByText(/^Opened once/);
		await opened.waitFor();
		await page.getByRole('heading', { name: 'What I have shared' }).scrollIntoViewIfNeeded();
		await shot('shared-list');

		// My data: another app's export chosen, and what it would add.
		await nav(page, 'Settings');
		await page.getByRole('link', { name: 'Go to My data' }).click();
		await page.getByRole('heading', { name: 'Export to read and keep' }).waitFor();
		await shot('my-data');
		await page
			.getByLabel('The exported file (.csv)')
			.setInputFiles('tests/fixtures/imports/daylio-sample.csv');
		await page.getByRole('heading', { name: 'What will be added' }).scrollIntoViewIfNeeded();
		await shot('my-data-import');
		await page
			.getByRole('heading', { name: 'Reminders on my own calendar' })
			.scrollIntoViewIfNeeded();
		await shot('my-data-calendar');

		await nav(page, 'Settings');
		await page.getByRole('link', { name: 'Go to backup' }).click();
		await page.getByRole('heading', { name: 'Make a backup' }).waitFor();
		await shot('backup');

		await page.getByRole('button', { name: 'Lock', exact: true }).click();
		await page.getByRole('heading', { name: 'Unlock my journal' }).waitFor();
		await shot('unlock');
		await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
		await page.getByRole('button', { name: 'Unlock', exact: true }).click();
		await page.getByRole('heading', { name: 'Backup', exact: true }).waitFor();
		await nav(page, 'Settings');
		await heading(page).waitFor();
		await shot('settings');
		await context.close();
	}
}
await browser.close();
