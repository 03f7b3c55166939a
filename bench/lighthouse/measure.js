// Lighthouse, mobile, on the home screen and on the worker's /view, each beside the floor: the
// first screen's words as plain HTML with one small stylesheet (floor/), the limit no app can
// beat. The three are taken in turn, run after run, so the machine's noise falls on all alike.
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.js';
import { createSiteServer } from '../../scripts/serve.js';

const floorPort = 4182;
const runs = 5;
export const firstPaintBudgets = {
	performance: 100,
	accessibility: 100,
	bestPractices: 100,
	fcpOverFloor: 1.2,
	lcpMs: 750
};

const median = (values) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];
// A floor of 0 (no blocking time at all) makes a ratio meaningless: say equal when both are 0.
const ratio = (a, b) => (b ? Math.round((a / b) * 100) / 100 : a ? '∞' : 1);

/** One Lighthouse run's figures, or why it failed (Lighthouse's code, such as NO_FCP). */
function figures(lhr) {
	const { categories, audits } = lhr;
	const failed = lhr.runtimeError?.code ?? (categories.performance.score === null && 'NO_SCORE');
	if (failed) return { failed };
	return {
		performance: Math.round(categories.performance.score * 100),
		accessibility: Math.round(categories.accessibility.score * 100),
		bestPractices: Math.round(categories['best-practices'].score * 100),
		fcpMs: Math.round(audits['first-contentful-paint'].numericValue),
		lcpMs: Math.round(audits['largest-contentful-paint'].numericValue),
		tbtMs: Math.round(audits['total-blocking-time'].numericValue),
		bytes: Math.round(audits['total-byte-weight'].numericValue),
		// Start-up task time: all main-thread work Lighthouse saw while the page loaded.
		taskMs: Math.round(audits['mainthread-work-breakdown'].numericValue)
	};
}

/**
 * Medians of every figure over the runs that finished, and each run's performance score, a
 * failed run named as such (the budget asks for 100 in all of them, so a failure fails it).
 */
function summarise(list) {
	const finished = list.filter((r) => !('failed' in r));
	const keys = finished.length ? Object.keys(finished[0]) : [];
	return {
		...Object.fromEntries(keys.map((key) => [key, median(finished.map((r) => r[key]))])),
		performanceRuns: list.map((r) => ('failed' in r ? `failed (${r.failed})` : r.performance))
	};
}

/**
 * `origin`: the app's build, served; `viewFragment`: a typical summary's short link, whose first
 * screen (what the worker reads before pressing Open) is the prerendered /view.
 */
export async function measureFirstPaint({ origin, viewFragment }) {
	const floorRoot = fileURLToPath(new URL('../floor', import.meta.url));
	const floor = createSiteServer({ root: floorRoot });
	await new Promise((resolve) => floor.listen(floorPort, '127.0.0.1', () => resolve(undefined)));
	const pages = {
		floor: `http://127.0.0.1:${floorPort}/`,
		home: `${origin}/`,
		view: `${origin}/view${viewFragment}`
	};
	/** @type {Record<string, ReturnType<typeof figures>[]>} */
	const raw = Object.fromEntries(Object.keys(pages).map((name) => [name, []]));
	try {
		for (let run = 0; run < runs; run++)
			for (const [name, url] of Object.entries(pages)) {
				// A browser of its own for each run: work a page leaves behind (the app's service
				// worker caching its files) would otherwise fall into the next page's trace.
				const chrome = await chromeLauncher.launch({
					chromePath: chromiumPath(),
					chromeFlags: [...chromiumArgs, '--headless=new']
				});
				try {
					const result = await lighthouse(url, {
						port: chrome.port,
						output: 'json',
						logLevel: 'error',
						onlyCategories: ['performance', 'accessibility', 'best-practices']
					});
					if (!result) throw new Error(`Lighthouse returned nothing for ${name}`);
					raw[name].push(figures(result.lhr));
				} finally {
					await chrome.kill();
				}
			}
	} finally {
		floor.close();
	}
	return {
		runs,
		...Object.fromEntries(Object.entries(raw).map(([n, list]) => [n, summarise(list)]))
	};
}

export function firstPaintChecks(lh) {
	const b = firstPaintBudgets;
	return ['home', 'view'].flatMap((name) => {
		const page = lh[name];
		const fcpRatio = Math.round((page.fcpMs / lh.floor.fcpMs) * 100) / 100;
		return [
			{
				name: `Lighthouse performance, ${name}, every run`,
				limit: `${b.performance}`,
				value: page.performanceRuns.join(', '),
				ok: page.performanceRuns.every((score) => score >= b.performance)
			},
			{
				name: `Lighthouse accessibility, ${name}`,
				limit: `${b.accessibility}`,
				value: page.accessibility,
				ok: page.accessibility >= b.accessibility
			},
			{
				name: `Lighthouse best practices, ${name}`,
				limit: `${b.bestPractices}`,
				value: page.bestPractices,
				ok: page.bestPractices >= b.bestPractices
			},
			{
				name: `First contentful paint, ${name} / the static floor`,
				limit: `<= ${b.fcpOverFloor}`,
				value: fcpRatio,
				ok: fcpRatio <= b.fcpOverFloor
			},
			{
				name: `Largest contentful paint, ${name} (ms, simulated mobile)`,
				limit: `<= ${b.lcpMs}`,
				value: page.lcpMs,
				ok: page.lcpMs <= b.lcpMs
			}
		];
	});
}

export function firstPaintMarkdown(lh) {
	const row = (label, key) =>
		`| ${label} | ${lh.floor[key]} | ${lh.home[key]} | ${ratio(lh.home[key], lh.floor[key])} | ${lh.view[key]} | ${ratio(lh.view[key], lh.floor[key])} |`;
	return `## First paint beside the floor (Lighthouse mobile, median of ${lh.runs} runs each, taken in turn)

The floor is Waymark's first screen as plain HTML with one small stylesheet and no script
(\`bench/floor/\`): no app can paint sooner. /view is opened with a typical summary's short
link, as a worker meets it whenever the relay is there: its first screen, up to the Open button,
comes from the HTML. A long link's summary is drawn from the link by the app's scripts, so it
comes later (the share section times it).

| measure | floor | home | home / floor | /view | /view / floor |
| --- | --- | --- | --- | --- | --- |
| Performance (each run) | ${lh.floor.performanceRuns.join(', ')} | ${lh.home.performanceRuns.join(', ')} | | ${lh.view.performanceRuns.join(', ')} | |
| Accessibility | ${lh.floor.accessibility} | ${lh.home.accessibility} | | ${lh.view.accessibility} | |
| Best practices | ${lh.floor.bestPractices} | ${lh.home.bestPractices} | | ${lh.view.bestPractices} | |
${row('First contentful paint, ms', 'fcpMs')}
${row('Largest contentful paint, ms', 'lcpMs')}
${row('Total blocking time, ms', 'tbtMs')}
${row('Bytes transferred', 'bytes')}
${row('Start-up main-thread work, ms', 'taskMs')}
`;
}
