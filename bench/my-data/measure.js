// My data's figures for `npm run bench`, or alone with `node bench/my-data/measure.js` (no app
// build needed: the page is built from the app's modules). A journal of the journey's ten years
// and 3,000 journal entries is written in Chromium (page.js); then, round after round, the full
// Markdown export, the check-ins CSV, and bringing in a ten-year Daylio file are timed with the
// app's own code, each with the longest main-thread task while it ran and the page's heap.
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../scripts/chromium.js';
import { createSiteServer } from '../../scripts/serve.js';
import { generateDaylioCsv } from '../../tests/fixtures/imports/daylio-generate.js';
import { buildBenchPage } from '../build-page.js';
import { journeyDataset } from '../journey/measure.js';
import { pick } from '../mode.js';

const port = 4183;
const path = (relative) => fileURLToPath(new URL(relative, import.meta.url));
const site = path('../.tmp/my-data-page');
const profile = path('../.tmp/my-data-profile');
const passphrase = 'everything I wrote, in a file of my own';
const settings = pick(
	{ rounds: 5, entries: 3000, daylio: { seed: 20, days: 3652 } },
	{ rounds: 1, entries: 20, daylio: { seed: 20, days: 14 } }
);
export const myDataBudgets = { operationMs: 3000, longestTaskMs: 200 };

const operations = [
	{ key: 'markdown', name: 'The full Markdown export', short: 'the full Markdown export' },
	{ key: 'csv', name: 'The check-ins CSV', short: 'the check-ins CSV' },
	{ key: 'import', name: 'Bringing in the Daylio file', short: 'bringing in the Daylio file' }
];
const stepNames = {
	load: 'reading what goes in it',
	write: 'writing the file',
	read: 'read and planned in the worker',
	checked: 'checked against the import log',
	written: 'written in one transaction'
};

const round = (n) => Math.round(n * 10) / 10;
const median = (values) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];
const figure = (values) => ({ ms: round(median(values)), runs: values.map(round) });
const mb = (bytes) => round(bytes / 1024 / 1024);
const count = (n) => n.toLocaleString('en');
const tasks = (n) => `${n} task${n === 1 ? '' : 's'}`;

/**
 * Runs `work` (one operation in the page) with the page's JavaScript heap sampled every 10 ms,
 * after a full garbage collection; adds the heap before and at its peak to what it returns.
 */
async function withHeap(cdp, work) {
	await cdp.send('HeapProfiler.collectGarbage');
	const before = (await cdp.send('Runtime.getHeapUsage')).usedSize;
	let peak = before;
	let sampling = true;
	const sampler = (async () => {
		while (sampling) {
			const { usedSize } = await cdp.send('Runtime.getHeapUsage').catch(() => ({ usedSize: 0 }));
			peak = Math.max(peak, usedSize);
			await new Promise((resolve) => setTimeout(resolve, 10));
		}
	})();
	try {
		return { ...(await work()), heapBefore: before, heapPeak: peak };
	} finally {
		sampling = false;
		await sampler;
	}
}

/** One operation's runs, summed up: the median time, and the longest task of any round. */
function summarise(runs) {
	const worst = runs.reduce((a, b) => (b.longestTaskMs > a.longestTaskMs ? b : a));
	return {
		...figure(runs.map((r) => r.ms)),
		steps: Object.fromEntries(
			Object.keys(runs[0].steps).map((name) => [name, figure(runs.map((r) => r.steps[name]))])
		),
		longestTaskMs: round(worst.longestTaskMs),
		longestTaskRuns: runs.map((r) => round(r.longestTaskMs)),
		longestTask: {
			round: runs.indexOf(worst) + 1,
			step: worst.longestTaskIn,
			where: worst.where
		},
		longTasksPerRun: median(runs.map((r) => r.longTasks)),
		heapBeforeMb: mb(median(runs.map((r) => r.heapBefore))),
		heapPeakMb: mb(Math.max(...runs.map((r) => r.heapPeak))),
		result: runs[0].result
	};
}

export async function measureMyData() {
	const started = performance.now();
	const csv = generateDaylioCsv(settings.daylio);
	const daylio = { ...settings.daylio, bytes: Buffer.byteLength(csv) };
	await buildBenchPage(path('.'), site);
	const server = createSiteServer({ root: site });
	await new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)));
	// On disk, as on a phone: a context without a profile keeps IndexedDB in memory.
	await rm(profile, { recursive: true, force: true });
	const context = await chromium.launchPersistentContext(profile, {
		...chromiumLaunchOptions(),
		viewport: { width: 390, height: 844 }
	});
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		page.on('pageerror', (error) => console.error(error));
		await page.goto(`http://127.0.0.1:${port}/`);
		await page.waitForFunction(() => 'setUpMyData' in window);
		const seedStarted = performance.now();
		const dataset = await page.evaluate((options) => window.setUpMyData(options), {
			passphrase,
			journey: journeyDataset,
			entries: settings.entries
		});
		const seedSeconds = (performance.now() - seedStarted) / 1000;

		const cdp = await context.newCDPSession(page);
		/** @type {Record<string, any[]>} */
		const runs = { markdown: [], csv: [], import: [] };
		for (let n = 0; n < settings.rounds; n++) {
			runs.markdown.push(await withHeap(cdp, () => page.evaluate(() => window.timeMarkdown())));
			runs.csv.push(await withHeap(cdp, () => page.evaluate(() => window.timeCheckinsCsv())));
			await page.evaluate(() => window.freshImportVault());
			runs.import.push(
				await withHeap(cdp, () => page.evaluate((file) => window.timeImport(file), csv))
			);
		}
		await page.evaluate(() => window.endImportVault());
		// Every round brings in the same file: the same rows, written the same.
		const imports = new Set(runs.import.map((r) => JSON.stringify(r.result)));
		if (imports.size !== 1) throw new Error(`The rounds brought in ${[...imports].join(' or ')}`);
		return {
			settings,
			dataset,
			daylio,
			seedSeconds: round(seedSeconds),
			...Object.fromEntries(Object.entries(runs).map(([key, r]) => [key, summarise(r)])),
			seconds: round((performance.now() - started) / 1000)
		};
	} finally {
		await context.close();
		server.close();
		await rm(profile, { recursive: true, force: true });
	}
}

export function myDataChecks(m) {
	const { years } = journeyDataset;
	const span = `${years} year${years === 1 ? '' : 's'}`;
	return operations.flatMap(({ key, short }) => [
		{
			name: `My data: ${short}, ${span} and ${count(m.dataset.entries)} entries (ms)`,
			limit: `< ${myDataBudgets.operationMs}`,
			value: m[key].ms,
			ok: m[key].ms < myDataBudgets.operationMs
		},
		{
			name: `My data: longest main-thread task in ${short} (ms)`,
			limit: `<= ${myDataBudgets.longestTaskMs}`,
			value: m[key].longestTaskMs,
			ok: m[key].longestTaskMs <= myDataBudgets.longestTaskMs
		}
	]);
}

export function myDataMarkdown(m) {
	const d = m.dataset;
	const { rounds } = m.settings;
	const rows = operations.flatMap(({ key, name }) => {
		const o = m[key];
		return [
			`| ${name} | ${o.ms} | ${o.runs.join(', ')} | ${o.longestTaskRuns.join(', ')} | ${o.heapBeforeMb} → ${o.heapPeakMb} |`,
			...Object.entries(o.steps).map(
				([step, f]) => `| … ${stepNames[step]} | ${f.ms} | ${f.runs.join(', ')} | | |`
			)
		];
	});
	const longest = operations
		.filter(({ key }) => m[key].longestTaskMs > 0)
		.map(({ key, name }) => {
			const { round: n, step, where } = m[key].longestTask;
			const callbacks = where.map((w) => `${w.invoker} ${w.ms} ms`).join(', ');
			return `- ${name}: ${m[key].longestTaskMs} ms in round ${n}, ${stepNames[step] ?? 'after the last step'}${callbacks ? ` (in the frame: ${callbacks})` : ''}; ${tasks(m[key].longTasksPerRun)} past 50 ms in a median round.`;
		});
	return `## My data: exports and an import over ten years (390x844)

The journey’s ten years (${count(d.checkins)} check-ins, ${d.goals} goals with
${count(d.goalUpdates)} updates, ${d.sessions} session notes, ${d.reviews} reviews) and
${count(d.entries)} journal entries, written into a vault on disk in Chromium (in ${m.seedSeconds} s).
Timed in the page with the app’s own code, ${rounds} rounds, each operation in turn: the
Markdown export of every part, as make-export.ts makes it (\`loadExportData\`, then
\`journalMarkdownPaced\`: ${count(m.markdown.result.bytes)} bytes); the check-ins CSV (the
check-ins read, then \`checkinsCsvPaced\`: ${count(m.csv.result.rows)} rows,
${count(m.csv.result.bytes)} bytes); and a Daylio file of
${count(m.import.result.rows + m.import.result.skipped)} rows over ${count(m.daylio.days)} days
(${count(m.daylio.bytes)} bytes, \`generateDaylioCsv\`) brought in as the screen does it: read and
planned in the import worker (\`ImportReader\`, a new worker for each file, as for each file
picked), checked against the import log, then \`writeImport\` into a fresh, empty vault in one
transaction (${count(m.import.result.checkins)} check-ins and ${count(m.import.result.entries)}
journal entries). Times are medians of the rounds. The longest task is the longest main-thread
task in each round (Long Tasks API, which counts only those past 50 ms: 0 when none); the budget
is checked on the longest of all rounds. The heap is the page’s JavaScript heap after a garbage
collection, then its peak over all rounds, sampled every 10 ms (the import worker’s own heap is
not in it).

| operation | median ms | runs | longest task ms, each round | heap MB, before → peak |
| --- | --- | --- | --- | --- |
${rows.join('\n')}
${longest.length ? `\nThe longest task of each operation:\n\n${longest.join('\n')}\n` : ''}
This section took ${m.seconds} s.
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const myData = await measureMyData();
	const checks = myDataChecks(myData);
	console.log(myDataMarkdown(myData));
	for (const c of checks) console.log(`${c.name}: ${c.value} (${c.limit}) ${c.ok ? 'ok' : 'OVER'}`);
	if (checks.some((c) => !c.ok)) process.exitCode = 1;
}
