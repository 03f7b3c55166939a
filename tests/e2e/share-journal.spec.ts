import { expect, test } from './fixtures';
import { JournalPage } from './pages/journal';
import { SharePage, workerBrowser } from './pages/share';
import { expectAccessibleInBothThemes } from './support/axe';

// Journal entries in a shared summary: the person picks them one by one, and their worker sees
// those and no others.
test.describe.configure({ timeout: 90_000 });

const harbour = { title: 'Harbour', text: 'The boats came in at six.\nI stayed till dark.' };
const kitchen = { title: 'Kitchen', text: 'Kept private: a row with my brother.' };
const allotment = { title: 'Allotment <b>day</b>', text: 'Dug the beds 🌱 مرحبا' };

test('a worker sees the two journal entries picked, and not the third', async ({
	page,
	browser,
	baseURL,
	seed
}) => {
	const share = new SharePage(page);
	await seed(async (j) => {
		// Written a little apart, oldest first, as a person writes them.
		for (const entry of [harbour, kitchen, allotment]) {
			await j.entry(entry);
			await new Promise((resolve) => setTimeout(resolve, 5));
		}
	});
	await new JournalPage(page).open();

	await share.start('Share a summary');
	await page.getByRole('checkbox', { name: 'My journal entries' }).check();
	const entries = page.getByRole('group', { name: 'Which entries to include' });
	const boxes = entries.getByRole('checkbox');
	// Newest first, each named by its heading and the day it was written, none ticked.
	await expect(boxes).toHaveCount(3);
	for (const [n, title] of [allotment.title, kitchen.title, harbour.title].entries()) {
		await expect(boxes.nth(n)).toHaveAccessibleName(new RegExp(`^${title} Written \\d`));
		await expect(boxes.nth(n)).not.toBeChecked();
	}
	await expectAccessibleInBothThemes(page, 'share: choose, with entries', 'Share a summary');

	// Found by a word, ticked, and still ticked once the search is cleared.
	const find = entries.getByLabel('Find an entry');
	await find.fill('boats');
	await expect(entries.getByRole('status').first()).toHaveText('1 entry has those words.');
	await expect(boxes).toHaveCount(1);
	await boxes.check();
	await find.fill('');
	await expect(boxes).toHaveCount(3);
	await entries.getByRole('checkbox', { name: /^Allotment/ }).check();
	await expect(entries.getByText('2 entries ticked.')).toBeVisible();

	await page.getByRole('button', { name: 'Preview' }).click();
	await expect(page.getByRole('heading', { name: 'Step 2 of 3: Check' })).toBeFocused();
	const preview = share.preview();
	await expect(preview.getByRole('heading', { level: 3 })).toHaveText(['From my journal']);
	// Oldest first, as they were lived.
	await expect(preview.getByRole('heading', { level: 4 })).toHaveText([
		harbour.title,
		allotment.title
	]);
	await expect(preview).not.toContainText(kitchen.text);
	const url = await share.makeLink();

	const worker = await workerBrowser(browser, baseURL!);
	const view = worker.page;
	await view.goto(url);
	await expect(view.getByRole('heading', { level: 2 })).toHaveText(['From my journal']);
	await expect(view.getByRole('heading', { level: 3 })).toHaveText([
		harbour.title,
		allotment.title
	]);
	const main = view.getByRole('main');
	// As written: its line break kept, its markup shown as typed.
	expect(await main.getByText('The boats came in at six.').innerText()).toBe(harbour.text);
	await expect(main.getByText(allotment.text, { exact: true })).toBeVisible();
	await expect(main.locator('b')).toHaveCount(0);
	await expect(main).toContainText(/Written \d+ \w+ \d{4}/);
	await expect(main).not.toContainText(kitchen.title);
	await expect(main).not.toContainText(kitchen.text);
	worker.watched.check();
	await worker.context.close();
});
