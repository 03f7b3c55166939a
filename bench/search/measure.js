// Search's figures for `npm run bench`, or alone with `node bench/search/measure.js` (after
// `npm run build`). The journey's ten years and 3,000 journal entries are written on the app's
// own origin (page.js), then the real app is unlocked once and its search screen opened from the
// journal, several times over: the time the index takes to build, then a common and a rare word
// typed key by key, timed from the last keystroke to the frame that paints the first result and
// the count of all of them, with the page's JavaScript heap before, after and at its peak.
import { access, cp, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../scripts/chromium.js';
import { createSiteServer } from '../../scripts/serve.js';
import { buildBenchPage } from '../build-page.js';
import { journeyDataset } from '../journey/measure.js';
import { pick } from '../mode.js';

const port = 4181;
const origin = `http://127.0.0.1:${port}`;
const path = (relative) => fileURLToPath(new URL(relative, import.meta.url));
const site = path('../.tmp/search-site');
const profile = path('../.tmp/search-profile');
/** The app's build to measure: build/, or where WAYMARK_OUT put it, as in svelte.config.js. */
const appBuild = process.env.WAYMARK_OUT ?? 'build';
const passphrase = 'ten years and three thousand entries';
/** The common word runs through check-ins, goals, session notes and most entries; the rare one
 * is planted in `rarePlanted` entries and nowhere else. */
const words = { common: 'walk', rare: 'kingfisher' };
const settings = pick(
	{
		rounds: 5,
		/** Each word typed this many times in each round, the two words taken in turn. */
		typings: 3,
		entries: 3000,
		rarePlanted: 2,
		keyDelayMs: 100,
		timeoutMs: 20_000
	},
	{ rounds: 1, typings: 1, entries: 20 }
);
export const searchBudgets = { firstResultMs: 100 };

const round = (n) => Math.round(n * 10) / 10;
const median = (values) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];
const figure = (values) => ({ ms: round(median(values)), runs: values.map(round) });
const mb = (bytes) => round(bytes / 1024 / 1024);

/**
 * Installed in the page before a word is typed. By the page's clock: the last key's keydown (its
 * event timestamp, when the key reached the page) and the input event that puts the whole word in
 * the field; then the moment the results for that word are in the DOM (the first result, and the
 * count of all of them), the animation frame after, and the end of that frame's rendering (a task
 * queued from the frame's callback runs once the frame is painted): "painted".
 */
function watchSearch(word) {
	/** @type {Record<string, any>} */
	const marks = (window.__searchMarks = {});
	let lastKeydown;
	const keydown = (event) => (lastKeydown = event.timeStamp);
	const input = (event) => {
		if (marks.input !== undefined || event.target.value !== word) return;
		marks.input = performance.now();
		marks.keydown = lastKeydown;
	};
	addEventListener('keydown', keydown, true);
	addEventListener('input', input, true);
	const painted = (name) =>
		requestAnimationFrame(() => {
			marks[`${name}Frame`] = performance.now();
			const channel = new MessageChannel();
			channel.port1.onmessage = () => (marks[`${name}Painted`] = performance.now());
			channel.port2.postMessage(null);
		});
	const observer = new MutationObserver(() => {
		if (marks.input === undefined) return;
		const box = document.querySelector(`div[data-search-ready][data-query="${word}"]`);
		if (!box) return;
		if (marks.first === undefined && box.querySelector('ol.results > li a')) {
			marks.first = performance.now();
			marks.shown = box.querySelectorAll('ol.results > li').length;
			painted('first');
		}
		const count = box.querySelector('p.visible-count');
		if (marks.all === undefined && count) {
			marks.all = performance.now();
			marks.count = count.textContent.trim();
			painted('all');
		}
		if (marks.first === undefined || marks.all === undefined) return;
		observer.disconnect();
		removeEventListener('keydown', keydown, true);
		removeEventListener('input', input, true);
	});
	observer.observe(document.body, {
		subtree: true,
		childList: true,
		characterData: true,
		attributes: true
	});
}

/** Types `word` into the empty search field as a quick typist would; returns the marks. */
async function timeWord(page, field, word) {
	await page.evaluate(watchSearch, word);
	await field.focus();
	await page.keyboard.type(word, { delay: settings.keyDelayMs });
	await page.waitForFunction(
		() => window.__searchMarks.allPainted && window.__searchMarks.firstPainted,
		null,
		{
			timeout: settings.timeoutMs
		}
	);
	// The count once nothing more is coming: the one painted with the first result must be it.
	await page.waitForTimeout(300);
	const marks = await page.evaluate(() => window.__searchMarks);
	const settled = (await page.locator('p.visible-count').textContent()).trim();
	if (settled !== marks.count)
		throw new Error(`"${word}": ${marks.count} painted first, then ${settled}`);
	await field.fill('');
	await page.waitForFunction(
		() => document.querySelector('div[data-search-ready]')?.getAttribute('data-query') === ''
	);
	await page.waitForTimeout(300);
	return {
		count: Number.parseInt(marks.count.replace(/,/g, ''), 10),
		shown: marks.shown,
		// The last keystroke, as the brief's budget counts it: its input event.
		firstMs: marks.firstPainted - marks.input,
		allMs: marks.allPainted - marks.input,
		// The search and the results' DOM, synchronously in the input event's task.
		domMs: marks.first - marks.input,
		// From the last key's keydown, as the key reached the page (includes any wait behind the
		// work of the keys before it).
		fromKeyMs: marks.firstPainted - marks.keydown
	};
}

/**
 * From the tap on "Search my journal" to the frame that paints the search screen ready (its
 * results container marked `data-search-ready`): opening the route, reading and decrypting
 * everything, and building the index.
 */
async function openSearch(page) {
	return page.evaluate(async () => {
		const started = performance.now();
		const seen = {};
		const ready = new Promise((resolve) => {
			const observer = new MutationObserver(() => {
				if (seen.screen === undefined && document.querySelector('#search-query'))
					seen.screen = performance.now() - started;
				if (!document.querySelector('div[data-search-ready]')) return;
				observer.disconnect();
				requestAnimationFrame(() => {
					const channel = new MessageChannel();
					channel.port1.onmessage = () => resolve(performance.now() - started);
					channel.port2.postMessage(null);
				});
			});
			observer.observe(document.body, { subtree: true, childList: true, attributes: true });
		});
		/** @type {HTMLElement} */ (document.querySelector('main a[href$="/journal/search"]')).click();
		seen.ready = await ready;
		return seen;
	});
}

/** The journal's own screen, its entries listed, and a moment for what it started to finish. */
async function goToJournal(page) {
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Journal', exact: true })
		.click();
	await page.locator('main ul.record-list > li').first().waitFor({ timeout: settings.timeoutMs });
	await page.waitForTimeout(500);
}

export async function measureSearch() {
	const started = performance.now();
	await access(`${appBuild}/index.html`).catch(() => {
		throw new Error(`No app build in ${appBuild}/: run \`npm run build\` first.`);
	});
	await rm(site, { recursive: true, force: true });
	await cp(appBuild, site, { recursive: true });
	await buildBenchPage(path('.'), `${site}/bench-seed`, '/bench-seed/');
	const server = createSiteServer({ root: site });
	await new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)));
	await rm(profile, { recursive: true, force: true });
	// On disk, as on a phone; no service worker.
	const context = await chromium.launchPersistentContext(profile, {
		...chromiumLaunchOptions(),
		viewport: { width: 390, height: 844 },
		serviceWorkers: 'block'
	});
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		page.on('pageerror', (error) => console.error(error));
		await page.goto(`${origin}/bench-seed/`);
		await page.waitForFunction(() => 'seed' in window);
		const seedStarted = performance.now();
		const dataset = await page.evaluate((options) => window.seed(options), {
			passphrase,
			journey: journeyDataset,
			entries: settings.entries,
			commonWord: words.common,
			rareWord: words.rare,
			rarePlanted: settings.rarePlanted
		});
		const seedSeconds = (performance.now() - seedStarted) / 1000;

		// Unlocked once; from here on the app is moved through by its own links, as a full
		// navigation would lock the journal.
		await page.goto(`${origin}/`);
		await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
		await page.getByRole('button', { name: 'Unlock', exact: true }).click();
		await page
			.getByRole('heading', { name: 'My recovery journal' })
			.waitFor({ timeout: settings.timeoutMs });

		const cdp = await context.newCDPSession(page);
		/** The heap that stays: after a full garbage collection. */
		const heapKept = async () => {
			await cdp.send('HeapProfiler.collectGarbage');
			return (await cdp.send('Runtime.getHeapUsage')).usedSize;
		};
		// The heap, sampled throughout the rounds; its peak is what a phone has to hold.
		let peak = 0;
		let sampling = true;
		const sampler = (async () => {
			while (sampling) {
				const { usedSize } = await cdp.send('Runtime.getHeapUsage').catch(() => ({ usedSize: 0 }));
				peak = Math.max(peak, usedSize);
				await new Promise((resolve) => setTimeout(resolve, 20));
			}
		})();

		const rounds = [];
		for (let n = 0; n < settings.rounds; n++) {
			await goToJournal(page);
			const before = await heapKept();
			const opened = await openSearch(page);
			const field = page.getByLabel('Search for');
			const after = await heapKept();
			const typed = { common: [], rare: [] };
			for (let t = 0; t < settings.typings; t++)
				for (const name of ['common', 'rare'])
					typed[name].push(await timeWord(page, field, words[name]));
			rounds.push({ before, after, opened, ...typed });
		}
		sampling = false;
		await sampler;

		const word = (name) => {
			const runs = rounds.flatMap((r) => r[name]);
			const counts = [...new Set(runs.map((r) => r.count))];
			if (counts.length !== 1) throw new Error(`"${words[name]}" found ${counts.join(' or ')}`);
			return {
				word: words[name],
				results: counts[0],
				shown: runs[0].shown,
				first: figure(runs.map((r) => r.firstMs)),
				all: figure(runs.map((r) => r.allMs)),
				dom: figure(runs.map((r) => r.domMs)),
				fromKey: figure(runs.map((r) => r.fromKeyMs))
			};
		};
		return {
			dataset,
			settings,
			seedSeconds: round(seedSeconds),
			index: {
				screen: figure(rounds.map((r) => r.opened.screen)),
				ready: figure(rounds.map((r) => r.opened.ready)),
				build: figure(rounds.map((r) => r.opened.ready - r.opened.screen))
			},
			common: word('common'),
			rare: word('rare'),
			heap: {
				beforeMb: mb(median(rounds.map((r) => r.before))),
				afterIndexMb: mb(median(rounds.map((r) => r.after))),
				peakMb: mb(peak)
			},
			seconds: round((performance.now() - started) / 1000)
		};
	} finally {
		await context.close();
		server.close();
		await rm(profile, { recursive: true, force: true });
	}
}

export function searchChecks(s) {
	return [s.common, s.rare].map((w) => ({
		name: `Search: first result for a ${w === s.common ? 'common' : 'rare'} word ("${w.word}", ${w.results.toLocaleString('en')} results) painted after the last keystroke (ms)`,
		limit: `< ${searchBudgets.firstResultMs}`,
		value: w.first.ms,
		ok: w.first.ms < searchBudgets.firstResultMs
	}));
}

export function searchMarkdown(s) {
	const d = s.dataset;
	const c = d.entryChars;
	const { rounds, typings, keyDelayMs } = s.settings;
	const count = (n) => n.toLocaleString('en');
	const row = (name, f) => `| ${name} | ${f.ms} | ${f.runs.join(', ')} |`;
	const word = (w, kind) =>
		[
			row(`“${w.word}” (${kind}): first result painted`, w.first),
			row(`“${w.word}”: the count of all ${count(w.results)} painted`, w.all),
			row(`“${w.word}”: searched and in the DOM, not yet painted`, w.dom),
			row(`“${w.word}”: first result painted, from the last key’s keydown`, w.fromKey)
		].join('\n');
	return `## Search over ten years and ${count(d.entries)} journal entries (390x844)

The journey’s ten years (${count(d.checkins)} check-ins, ${d.goals} goals with
${count(d.goalUpdates)} updates, ${d.sessions} session notes, ${d.reviews} reviews) and
${count(d.entries)} journal entries of varied English (${c.min} to ${count(c.max)} characters,
median ${c.median}; ${count(c.total)} in all) dated from ${d.firstEntry.slice(0, 10)} to
${d.lastEntry.slice(0, 10)}, written on the app's own origin (in ${s.seedSeconds} s). The common
word “${s.common.word}” starts a word in ${count(d.entriesWithCommonWord)} of the entries and in
most check-ins, the goals and the session notes: ${count(s.common.results)} results. The rare word
“${s.rare.word}” was planted in ${d.entriesWithRareWord} entries and is nowhere else:
${count(s.rare.results)} results.

The real app is unlocked once and then moved through by its own links. In each of ${rounds}
rounds: the journal’s screen, then “Search my journal”, which reads and decrypts everything and
builds the index as it opens; then each word typed ${typings} times into the empty field (the two
words in turn, the field cleared between), a key every ${keyDelayMs} ms as a quick typist would.
Search runs in full at every key, so the first result and the count of all results come in the
same update and are painted in the same frame; only the first ${s.common.shown} results are drawn
(“Show more” adds the rest). Times by the page’s clock, from the input event of the word’s last
key to the end of the frame that paints the results (the animation frame after they are in the
DOM, then a task queued from it). The budget, first results within
${searchBudgets.firstResultMs} ms of the last keystroke, is checked on the first result’s median
for each word. Also shown: the same from the last key’s keydown (its event timestamp, so it
includes any wait behind the keys before it), and the synchronous search and DOM update alone.

| opening search (median of ${rounds}) | median ms | runs |
| --- | --- | --- |
${row('“Search my journal” tapped to the search screen shown', s.index.screen)}
${row('… to the index built and the screen ready to search', s.index.ready)}
${row('Search screen shown to ready: reading, decrypting, indexing', s.index.build)}

| typing a word (median of ${rounds * typings}) | median ms | runs |
| --- | --- | --- |
${word(s.common, 'common')}
${word(s.rare, 'rare')}

JavaScript heap after a full garbage collection (medians of the rounds):
${s.heap.beforeMb} MB on the journal’s screen before search opens, ${s.heap.afterIndexMb} MB with
the search screen open and its index built. Peak, sampled every 20 ms through all the rounds:
${s.heap.peakMb} MB. This section took ${s.seconds} s.
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const search = await measureSearch();
	const checks = searchChecks(search);
	console.log(searchMarkdown(search));
	for (const c of checks) console.log(`${c.name}: ${c.value} (${c.limit}) ${c.ok ? 'ok' : 'OVER'}`);
	if (checks.some((c) => !c.ok)) process.exitCode = 1;
}
