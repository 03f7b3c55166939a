// The benchmark: builds the app, serves the production build, and measures what the budgets in
// the issues name. Writes bench/results.json and bench/results.md; exits 1 when a budget is broken.
// Later issues add their own measurements as further sections of the same report: the vault's
// (bench/vault/) builds and serves a page of its own; share links' (bench/share/) serve a page
// beside the app's build and open the links in the app's /view; search's (bench/search/) writes
// ten years and 3,000 journal entries beside the app's build and times the app's search screen.
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumLaunchOptions, chromiumPath } from '../scripts/chromium.js';
import { createSiteServer } from '../scripts/serve.js';
import { journeyChecks, journeyMarkdown, measureJourney } from './journey/measure.js';
import { measureSearch, searchChecks, searchMarkdown } from './search/measure.js';
import { measureShare, shareChecks, shareMarkdown } from './share/measure.js';
import { measureTyping, typingChecks, typingMarkdown } from './typing/measure.js';
import { measureVault, vaultChecks, vaultMarkdown } from './vault/measure.js';

const port = 4176;
const origin = `http://127.0.0.1:${port}`;
const screens = [
	{ name: 'Home', path: '/' },
	{ name: 'Settings', path: '/settings' }
];
const budgets = {
	homeJsGzipKb: 80,
	lighthousePerformance: 95,
	lighthouseAccessibility: 100,
	lighthouseBestPractices: 100
};
// Lighthouse scores move from run to run on a shared machine: report the median of several.
const lighthouseRuns = 5;

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
async function startupWork(browser, loads = 15) {
	const counters = {
		TaskDuration: 'taskMs',
		ScriptDuration: 'scriptMs',
		LayoutDuration: 'layoutMs',
		RecalcStyleDuration: 'styleMs'
	};
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

/** Lighthouse's mobile scores for the home screen: the median of several runs. */
async function lighthouseScores() {
	const chrome = await chromeLauncher.launch({
		chromePath: chromiumPath(),
		chromeFlags: [...chromiumArgs, '--headless=new']
	});
	try {
		const runs = [];
		for (let run = 0; run < lighthouseRuns; run++) {
			const result = await lighthouse(`${origin}/`, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', 'accessibility', 'best-practices']
			});
			const { categories, audits } = result.lhr;
			runs.push({
				performance: Math.round(categories.performance.score * 100),
				accessibility: Math.round(categories.accessibility.score * 100),
				bestPractices: Math.round(categories['best-practices'].score * 100),
				firstContentfulPaintMs: Math.round(audits['first-contentful-paint'].numericValue),
				largestContentfulPaintMs: Math.round(audits['largest-contentful-paint'].numericValue),
				totalBlockingTimeMs: Math.round(audits['total-blocking-time'].numericValue)
			});
		}
		const sorted = (key) => runs.map((r) => r[key]).sort((a, b) => a - b);
		const median = (key) => sorted(key)[Math.floor(runs.length / 2)];
		return {
			...Object.fromEntries(Object.keys(runs[0]).map((key) => [key, median(key)])),
			// The spread, so a reader can tell a real change from this machine's noise.
			performanceRuns: sorted('performance')
		};
	} finally {
		await chrome.kill();
	}
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

## Lighthouse, mobile, home screen (median of ${lighthouseRuns} runs)

| category | score |
| --- | --- |
| Performance | ${lh.performance} (runs: ${lh.performanceRuns.join(', ')}) |
| Accessibility | ${lh.accessibility} |
| Best practices | ${lh.bestPractices} |

First contentful paint ${lh.firstContentfulPaintMs} ms, largest contentful paint
${lh.largestContentfulPaintMs} ms, total blocking time ${lh.totalBlockingTimeMs} ms (simulated mobile).

${vaultMarkdown(vault)}
${typingMarkdown(typing)}
${journeyMarkdown(journey)}
${shareMarkdown(share)}
${searchMarkdown(search)}
## Budgets

| budget | limit | measured | result |
| --- | --- | --- | --- |
${checks.map((c) => `| ${c.name} | ${c.limit} | ${c.value} | ${mark(c.ok)} |`).join('\n')}
`;
}

const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = createSiteServer({ root: 'build' });
await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
try {
	const browser = await chromium.launch(chromiumLaunchOptions());
	const version = browser.version();
	const javascript = await javascriptPerScreen(browser);
	const startup = await startupWork(browser);
	await browser.close();
	const lh = await lighthouseScores();
	const vault = await measureVault();
	const typing = await measureTyping();
	const journey = await measureJourney();
	const share = await measureShare();
	const search = await measureSearch();
	const home = javascript.find((s) => s.path === '/');
	const checks = [
		{
			name: 'Home screen JavaScript (gzip KB)',
			limit: `< ${budgets.homeJsGzipKb}`,
			value: home.gzipKb,
			ok: home.gzipKb < budgets.homeJsGzipKb
		},
		{
			name: 'Lighthouse performance',
			limit: `>= ${budgets.lighthousePerformance}`,
			value: lh.performance,
			ok: lh.performance >= budgets.lighthousePerformance
		},
		{
			name: 'Lighthouse accessibility',
			limit: `>= ${budgets.lighthouseAccessibility}`,
			value: lh.accessibility,
			ok: lh.accessibility >= budgets.lighthouseAccessibility
		},
		{
			name: 'Lighthouse best practices',
			limit: `>= ${budgets.lighthouseBestPractices}`,
			value: lh.bestPractices,
			ok: lh.bestPractices >= budgets.lighthouseBestPractices
		},
		...vaultChecks(vault),
		...typingChecks(typing),
		...journeyChecks(journey),
		...shareChecks(share),
		...searchChecks(search)
	];
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
		checks
	};
	await writeFile('bench/results.json', `${JSON.stringify(report, null, '\t')}\n`);
	await writeFile('bench/results.md', markdown(report));
	console.log(markdown(report));
	if (checks.some((c) => !c.ok)) process.exitCode = 1;
} finally {
	server.close();
}
