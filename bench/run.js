// The benchmark: builds the app, serves the production build, and measures what the budgets in
// the issues name. Writes bench/results.json and bench/results.md; exits 1 when a budget is broken.
// `--smoke` (`npm run bench:smoke`, run by `npm test`) is the quick proof that every section still
// builds and returns its figures: see mode.js.
// Later issues add their own measurements as further sections of the same report: the vault's
// (bench/vault/) builds and serves a page of its own; share links' (bench/share/) serve a page
// beside the app's build and open the links in the app's /view; search's (bench/search/) writes
// ten years and 3,000 journal entries beside the app's build and times the app's search screen;
// the share relay's (bench/relay/) loads the relay over HTTP, on PGlite and on PostgreSQL; My
// data's (bench/my-data/) times the exports and an import with the app's code on the same data.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium.js';
import { createSiteServer } from '../scripts/serve.js';
import { journeyChecks, journeyMarkdown, measureJourney } from './journey/measure.js';
import { firstPaintChecks, firstPaintMarkdown, measureFirstPaint } from './lighthouse/measure.js';
import { smoke } from './mode.js';
import { measureMyData, myDataChecks, myDataMarkdown } from './my-data/measure.js';
import { measureSearch, searchChecks, searchMarkdown } from './search/measure.js';
import { measureRelay, relayChecks, relayMarkdown } from './relay/measure.js';
import { measureShare, shareChecks, shareMarkdown } from './share/measure.js';
import { measureTyping, typingChecks, typingMarkdown } from './typing/measure.js';
import { measureVault, vaultChecks, vaultMarkdown } from './vault/measure.js';

const port = 4176;
const origin = `http://127.0.0.1:${port}`;
const screens = [
	{ name: 'Home', path: '/' },
	{ name: 'Settings', path: '/settings' },
	{ name: "The worker's view", path: '/view' }
];
const budgets = { homeJsGzipKb: 80 };

/** Gzip size (KB) of the JavaScript a screen loads on a first visit, with no service worker. */
async function javascriptPerScreen(browser) {
	const results = [];
	for (const screen of screens) {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		const scripts = new Map();
		page.on('response', async (response) => {
			if (response.request().resourceType() !== 'script') return;
			scripts.set(
				new URL(response.url()).pathname,
				response.body().then((body) => gzipSync(body).length)
			);
		});
		await page.goto(origin + screen.path, { waitUntil: 'networkidle' });
		const sizes = await Promise.all(scripts.values());
		const bytes = sizes.reduce((sum, size) => sum + size, 0);
		results.push({
			screen: screen.name,
			path: screen.path,
			files: scripts.size,
			gzipKb: round(bytes / 1024)
		});
		await context.close();
	}
	return results;
}

/**
 * Main-thread work of a cold start of the home screen, from Chromium's own counters: the median
 * of many loads, far steadier on a shared machine than Lighthouse's simulated timings.
 */
async function startupWork(browser, loads = smoke ? 1 : 15) {
	const counters = {
		TaskDuration: 'taskMs',
		ScriptDuration: 'scriptMs',
		LayoutDuration: 'layoutMs',
		RecalcStyleDuration: 'styleMs'
	};
	/** @type {Record<string, number[]>} */
	const samples = Object.fromEntries(Object.values(counters).map((name) => [name, []]));
	for (let load = 0; load < loads; load++) {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Performance.enable');
		await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
		const { metrics } = await cdp.send('Performance.getMetrics');
		for (const [counter, name] of Object.entries(counters))
			samples[name].push(metrics.find((m) => m.name === counter).value * 1000);
		await context.close();
	}
	const median = (values) => round(values.sort((a, b) => a - b)[Math.floor(values.length / 2)]);
	return {
		loads,
		...Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]))
	};
}

const round = (n) => Math.round(n * 10) / 10;
const mark = (ok) => (ok ? 'within budget' : '**over budget**');

function markdown(report) {
	const {
		javascript,
		startup,
		lighthouse: lh,
		vault,
		typing,
		journey,
		share,
		search,
		myData,
		relay,
		checks
	} = report;
	return `# Waymark benchmark

Measured ${report.measuredAt} on ${report.machine}, Chromium ${report.chromium}, Node ${report.node}.
Regenerate with \`npm run bench\`.

## JavaScript each screen loads (first visit, gzip)

| screen | path | files | gzip KB |
| --- | --- | --- | --- |
${javascript.map((s) => `| ${s.screen} | \`${s.path}\` | ${s.files} | ${s.gzipKb} |`).join('\n')}

## Start-up work, home screen (median of ${startup.loads} cold loads, no throttling)

Main-thread tasks ${startup.taskMs} ms, of which script ${startup.scriptMs} ms, layout
${startup.layoutMs} ms and style ${startup.styleMs} ms (Chromium's performance counters).

${firstPaintMarkdown(lh)}
${vaultMarkdown(vault)}
${typingMarkdown(typing)}
${journeyMarkdown(journey)}
${shareMarkdown(share)}
${searchMarkdown(search)}
${myDataMarkdown(myData)}
${relayMarkdown(relay)}
## Budgets

| budget | limit | measured | result |
| --- | --- | --- | --- |
${checks.map((c) => `| ${c.name} | ${c.limit} | ${c.value} | ${mark(c.ok)} |`).join('\n')}
`;
}

/**
 * Each section's figures, by name. A full run measures one section at a time, so none times
 * another's load. A smoke run times nothing against a budget, so two go at once: each is mostly
 * one browser's main thread, with its own port and folder, and `npm test` waits for them all.
 * @template {Record<string, () => Promise<any>>} T
 * @param {T} sections
 * @returns {Promise<{ [K in keyof T]: Awaited<ReturnType<T[K]>> }>}
 */
async function runSections(sections) {
	const queue = Object.entries(sections);
	/** @type {Record<string, unknown>} */
	const figures = {};
	const worker = async () => {
		for (let next = queue.shift(); next; next = queue.shift()) figures[next[0]] = await next[1]();
	};
	await Promise.all(Array.from({ length: smoke ? 2 : 1 }, worker));
	return /** @type {any} */ (figures);
}

// A smoke run inside `npm test` reuses the build the browser tests just made.
const reuse = smoke && process.argv.includes('--reuse-build') && existsSync('build/index.html');
if (!reuse) {
	const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
	if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = createSiteServer({ root: 'build' });
await new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)));
try {
	const browser = await chromium.launch(chromiumLaunchOptions());
	const version = browser.version();
	const javascript = await javascriptPerScreen(browser);
	const startup = await startupWork(browser);
	await browser.close();
	const { vault, typing, journey, share, search, myData, relay } = await runSections({
		vault: measureVault,
		typing: measureTyping,
		journey: measureJourney,
		share: measureShare,
		search: measureSearch,
		myData: measureMyData,
		relay: measureRelay
	});
	// Lighthouse is the slow part and says nothing about whether the pages still work.
	const lh = smoke
		? null
		: await measureFirstPaint({ origin, viewFragment: share.typicalShortFragment });
	// The first screen measured is the home screen.
	const [home] = javascript;
	const checks = [
		{
			name: 'Home screen JavaScript (gzip KB)',
			limit: `< ${budgets.homeJsGzipKb}`,
			value: home.gzipKb,
			ok: home.gzipKb < budgets.homeJsGzipKb
		},
		...(lh ? firstPaintChecks(lh) : []),
		...vaultChecks(vault),
		...typingChecks(typing),
		...journeyChecks(journey),
		...shareChecks(share),
		...searchChecks(search),
		...myDataChecks(myData),
		...relayChecks(relay)
	];
	if (smoke) {
		// Budgets mean nothing on a tiny dataset; a figure that is missing means a broken page.
		const missing = checks.filter((c) => typeof c.value !== 'number' || !Number.isFinite(c.value));
		for (const c of checks) console.log(`${c.name}: ${c.value}`);
		if (missing.length) {
			console.error(`Bench smoke: no figure for ${missing.map((c) => c.name).join('; ')}`);
			process.exitCode = 1;
		} else console.log(`Bench smoke: all ${checks.length} figures measured.`);
	} else {
		const cpus = (await readFile('/proc/cpuinfo', 'utf8').catch(() => '')).match(
			/^processor/gm
		)?.length;
		const report = {
			measuredAt: new Date().toISOString(),
			machine: `${process.platform} ${process.arch}${cpus ? `, ${cpus} cores` : ''}`,
			chromium: version,
			node: process.version,
			javascript,
			startup,
			lighthouse: lh,
			vault,
			typing,
			journey,
			share,
			search,
			myData,
			relay,
			checks
		};
		await writeFile('bench/results.json', `${JSON.stringify(report, null, '\t')}\n`);
		await writeFile('bench/results.md', markdown(report));
		console.log(markdown(report));
		if (checks.some((c) => !c.ok)) process.exitCode = 1;
	}
} finally {
	server.close();
}
