import { expect, test } from './fixtures';
import { AppPage } from './pages/app';
import { JournalPage } from './pages/journal';
import { expectAccessibleInBothThemes } from './support/axe';
import { list } from './support/journal-writer';
import { readRawDatabase } from './support/raw-indexeddb';

// The journal at phone size: writing with the network off, voice notes from the (fake)
// microphone, search across every kind of record, and nothing of it readable on disk.

test.describe(() => {
	// Offline use needs the service worker, which other tests go without.
	test.use({ serviceWorkers: 'allow' });

	test('an entry written offline survives a reload and is found again', async ({
		page,
		context,
		seed
	}) => {
		// Three unlocks with Argon2id, and two loads from the service worker.
		test.setTimeout(90_000);
		const app = new AppPage(page);
		const journal = new JournalPage(page);
		await seed();
		await journal.open();
		await app.waitUntilReadyOffline();
		// Opened again with no connection, as from the home screen on a train.
		await context.setOffline(true);
		await page.reload();
		await journal.unlock();

		await journal.goTo('Journal');
		await page.getByRole('link', { name: 'New entry' }).click();
		// Today's prompt, taken up: it becomes the title.
		const prompt = page.getByRole('complementary', { name: 'Something to write about, if I like' });
		await prompt.getByRole('button', { name: 'Write about this' }).click();
		await expect(page.getByLabel('Title (optional)')).not.toHaveValue('');
		await page.getByLabel('Title (optional)').fill('Kestrel over the allotment');
		await page.getByLabel('What’s on my mind').fill('Saw a kestrel hovering. Felt steadier.');
		await page.getByRole('button', { name: 'hopeful' }).click();
		await page.getByText('Link to a goal or part of my plan').click();
		await page.getByRole('checkbox', { name: 'My strengths and resources' }).check();
		await page.getByRole('checkbox', { name: 'Pin to the top of my journal' }).check();
		await journal.waitUntilSaved();

		await page.reload();
		await journal.unlock();
		// The address named the entry once it was saved: the reload reopens it.
		await expect(page.getByLabel('What’s on my mind')).toHaveValue(
			'Saw a kestrel hovering. Felt steadier.'
		);
		await expect(page.getByLabel('A word for how I feel (optional)')).toHaveValue('hopeful');
		await journal.goTo('Journal');
		const pinned = page.getByRole('region', { name: 'Pinned' });
		await expect(pinned.getByRole('link', { name: /Kestrel over the allotment/ })).toContainText(
			'Feeling hopeful'
		);
		await page.getByRole('link', { name: 'Search my journal' }).click();
		await page.getByLabel('Search for').fill('kestrel');
		const result = page.getByRole('main').getByRole('listitem');
		await expect(result).toHaveCount(1);
		await expect(result.locator('mark').first()).toHaveText(/kestrel/i);
		await result.getByRole('link').click();
		await expect(page.getByLabel('Title (optional)')).toHaveValue('Kestrel over the allotment');
	});
});

test('a voice note is recorded and played by keyboard, and kept sealed', async ({ page, seed }) => {
	test.setTimeout(60_000);
	const journal = new JournalPage(page);
	const { written: entry } = await seed((j) =>
		j.entry({ title: 'Said aloud', text: 'Murmuration at dusk' })
	);
	await new AppPage(page).openUnlocked(`/journal/${entry}`);
	await expect(page.getByLabel('What’s on my mind')).toHaveValue('Murmuration at dusk');

	const record = page.getByRole('button', { name: 'Record a voice note' });
	await record.focus();
	await page.keyboard.press('Enter');
	const stop = page.getByRole('button', { name: 'Stop and save' });
	await expect(stop).toBeFocused();
	await expect(page.getByText('Recording. Press “Stop and save” when I’m done.')).toBeVisible();
	await page.waitForTimeout(2_500);
	await page.keyboard.press('Space');
	await expect(page.getByText(/^Voice note saved \(0:0[1-9] long\)/)).toBeVisible();

	const note = page.getByRole('article', { name: /^Voice note, / });
	await note.getByRole('button', { name: /^Rename / }).click();
	await page.getByLabel('Name').fill('Starlings');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('article', { name: 'Starlings' })).toBeVisible();

	await page.reload();
	await journal.unlock();
	const kept = page.getByRole('article', { name: 'Starlings' });
	await expect(kept).toContainText(/0:0[1-9] long/);
	await kept.getByRole('button', { name: 'Play Starlings' }).focus();
	await page.keyboard.press('Enter');
	await expect(kept.getByRole('button', { name: 'Pause Starlings' })).toBeVisible();
	// It really plays: the position moves on.
	await expect
		.poll(() => kept.locator('audio').evaluate((audio: HTMLAudioElement) => audio.currentTime))
		.toBeGreaterThan(0.5);
	await page.keyboard.press('Enter');
	await expect(kept.getByRole('button', { name: 'Play Starlings' })).toBeVisible();

	const raw = await readRawDatabase(page);
	for (const secret of ['Murmuration', 'Starlings', 'voice-note', 'voice-chunk', 'audio/webm'])
		expect(raw.dump, secret).not.toContain(secret);
	// Neither the recording's own bytes (WebM and Opus headers) nor their base64 appear.
	for (const header of ['\x1a\x45\xdf\xa3', 'OpusHead', 'GkXfo', 'T3B1c0hlYW'])
		expect(raw.dump, JSON.stringify(header)).not.toContain(header);
});

test('search finds a word from every kind of record, with the word in context', async ({
	page,
	seed
}) => {
	test.setTimeout(90_000);
	const journal = new JournalPage(page);
	await seed(async (j) => {
		await j.entry({ title: 'Tuesday', text: 'Baked sourdough with my neighbour.' });
		await j.plan('strengths', { strengths: list('Patient gardener') });
		await j.goal({ title: 'Learn the ukulele', progress: 3 });
		await j.session({ date: '2026-11-02', talkedAbout: 'Talked about the allotment waiting list' });
		await j.checkins([{ scores: {}, note: 'Swam twelve lengths' }]);
	});
	await journal.open();
	await journal.goTo('Journal');
	await page.getByRole('button', { name: 'Record a voice note' }).click();
	await page.waitForTimeout(1_200);
	await page.getByRole('button', { name: 'Stop and save' }).click();
	await page.getByRole('button', { name: /^Rename / }).click();
	await page.getByLabel('Name').fill('Harmonica thoughts');
	await page.getByRole('button', { name: 'Save name' }).click();

	await page.getByRole('link', { name: 'Search my journal' }).click();
	const search = page.getByLabel('Search for');
	const results = page.getByRole('main').getByRole('listitem');
	for (const [word, kind] of [
		['sourdough', 'Journal entry'],
		['gardener', 'My plan'],
		['ukulele', 'Goal'],
		['allotment', 'Session note'],
		['twelve', 'Check-in'],
		['harmonica', 'Voice note']
	]) {
		await search.fill(word);
		await expect(results, word).toHaveCount(1);
		await expect(results, word).toContainText(kind);
		await expect(results.locator('mark').first(), word).toHaveText(new RegExp(word, 'i'));
	}
	// What each hit is and when, in words; and its count shown once.
	await search.fill('sourdough');
	await expect(results).toContainText(
		new RegExp(`Journal entry, [^·]*${new Date().getFullYear()}`)
	);
	await expect(results).not.toContainText(/\d{4}-\d{2}-\d{2}/);
	await expect(page.getByRole('status').filter({ hasText: '1 result' })).toBeAttached();
	const countsSeen = await page
		.getByText('1 result', { exact: true })
		.evaluateAll((all) => all.filter((el) => el.getBoundingClientRect().width > 1).length);
	expect(countsSeen).toBe(1);
	// Every word must be there; the start of a word is enough.
	await search.fill('sour neighb');
	await expect(results).toHaveCount(1);
	await search.fill('sourdough ukulele');
	await expect(results).toHaveCount(0);
	await expect(
		page.getByText('Nothing found for “sourdough ukulele”.', { exact: false })
	).toBeVisible();
});

test('a new entry passes axe in both themes, with a prompt, while recording and after', async ({
	page,
	seed
}) => {
	test.setTimeout(120_000);
	const journal = new JournalPage(page);
	await seed();
	await journal.open();
	await journal.goTo('Journal');
	await page.getByRole('link', { name: 'New entry' }).click();
	await expectAccessibleInBothThemes(page, 'new entry with a prompt', 'New entry');
	await page.getByLabel('Title (optional)').fill('A quiet day');
	await page.getByLabel('What’s on my mind').fill('Read in the park.');
	await page.getByText('Link to a goal or part of my plan').click();
	await page.getByRole('button', { name: 'Record a voice note' }).click();
	await expect(page.getByRole('button', { name: 'Stop and save' })).toBeVisible();
	await expectAccessibleInBothThemes(page, 'entry while recording', 'New entry');
	await page.getByRole('button', { name: 'Stop and save' }).click();
	await expect(page.getByRole('article', { name: /^Voice note, / })).toBeVisible();
	await expectAccessibleInBothThemes(page, 'entry with a voice note', 'New entry');
});

test('the journal and search pass axe in both themes, and prompts can be turned off', async ({
	page,
	seed
}) => {
	test.setTimeout(120_000);
	const journal = new JournalPage(page);
	await seed((j) => j.entry({ title: 'A quiet day', text: 'Read in the park.' }));
	await journal.open();
	await journal.goTo('Journal');
	await expectAccessibleInBothThemes(page, 'journal', 'Journal');
	await page.getByRole('link', { name: 'Search my journal' }).click();
	await page.getByLabel('Search for').fill('park');
	await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(1);
	await expectAccessibleInBothThemes(page, 'search', 'Search my journal');

	// Turned off, the next entry starts without a prompt.
	await page.getByRole('link', { name: 'Back to journal' }).click();
	await page
		.getByRole('checkbox', { name: 'Offer me a writing prompt when I start an entry' })
		.uncheck();
	await expect(page.getByRole('status').filter({ hasText: /^Saved\.$/ })).toBeVisible();
	await page.getByRole('link', { name: 'New entry' }).click();
	await expect(page.getByLabel('What’s on my mind')).toBeVisible();
	await expect(page.getByRole('complementary', { name: /Something to write about/ })).toHaveCount(
		0
	);
});

test('a recording keeps what it has every ten seconds, so a killed page loses at most that', async ({
	page,
	context,
	seed
}) => {
	test.setTimeout(60_000);
	const { written: entry } = await seed((j) =>
		j.entry({ title: 'Harbour wall', text: 'Before the page went' })
	);
	await new AppPage(page).openUnlocked(`/journal/${entry}`);
	await expect(page.getByLabel('What’s on my mind')).toHaveValue('Before the page went');
	await page.getByRole('button', { name: 'Record a voice note' }).click();
	await expect(page.getByRole('button', { name: 'Stop and save' })).toBeVisible();
	await page.waitForTimeout(12_500);

	// While it still records, another tab reads what a killed page would have left on disk.
	const other = await context.newPage();
	await other.goto('/journal');
	await new JournalPage(other).unlock();
	await other.getByRole('link', { name: /^Harbour wall Written/ }).click();
	const note = other.getByRole('article', { name: /^Voice note, / });
	await expect(note).toContainText(
		'This recording stopped early; what was said until then is kept.'
	);
	await expect(note).toContainText(/0:1\d long/);
	await expect(page.getByRole('button', { name: 'Stop and save' })).toBeVisible();
});
