// The journey's figures for `npm run bench`, or alone with `node bench/journey/measure.js`
// (after `npm run build`): a 10-year journal is written on the app's own origin, then the real
// app is timed as a person uses it: unlocking to the home screen, the check-in charts over a year
// and over all time, and the timeline's first page, with the page's peak JavaScript heap.
import { cp, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../scripts/chromium.js';
import { createSiteServer } from '../../scripts/serve.js';
import { buildBenchPage } from '../build-page.js';
import { pick } from '../mode.js';

const port = 4179;
const origin = `http://127.0.0.1:${port}`;
const path = (relative) => fileURLToPath(new URL(relative, import.meta.url));
const site = path('../.tmp/journey-site');
const profile = path('../.tmp/journey-profile');
const passphrase = 'ten years of small steps';
/** Ten years of a person's journey (dataset.js writes it); the search benchmark writes it too. */
export const journeyDataset = pick(
	{ years: 10, checkinsPerDay: 2, goals: 40, sessions: 500, reviews: 40 },
	{ years: 1, checkinsPerDay: 1, goals: 2, sessions: 3, reviews: 1 }
);
const settings = pick({ rounds: 5 }, { rounds: 1 });
export const journeyBudgets = { homeMs: 300, allTimeChartMs: 500, heapMb: 150 };

const round = (n) => Math.round(n * 10) / 10;
const median = (values) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Runs `act` in the page, then waits until `ready` holds in a frame; returns the milliseconds
 * between, by the page's own clock.
 */
async function timeInPage(page, act, ready) {
	return page.evaluate(
		async ([actSource, readySource]) => {
			const act = new Function(actSource);
			const ready = new Function(readySource);
			const started = performance.now();
			act();
			for (;;) {
				await new Promise((resolve) => requestAnimationFrame(resolve));
				if (ready()) return performance.now() - started;
				if (performance.now() - started > 60_000) throw new Error(`never ready: ${readySource}`);
			}
		},
		[act, ready]
	);
}

// Steps run as source in the page. SvelteKit follows a click on any link of the app, so a link
// is added and clicked, as the person's own tap would be.
const follow = (href) =>
	`const a = document.createElement('a'); a.href = ${JSON.stringify(href)}; document.body.append(a); a.click(); a.remove();`;
const chartDrawn = (label) => `
	const chart = document.querySelector('[role="img"][aria-label*=${JSON.stringify(label)}] canvas');
	if (!chart || !chart.width) return false;
	const { data } = chart.getContext('2d').getImageData(0, 0, chart.width, chart.height);
	for (let i = 3; i < data.length; i += 4) if (data[i]) return true;
	return false;`;

async function oneRound(page) {
	await page.goto(`${origin}/`);
	await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
	// From pressing Unlock: Argon2id, opening, and the home screen with what is coming up.
	const marks = await page.evaluate(async () => {
		const started = performance.now();
		const seen = {};
		const observer = new MutationObserver(() => {
			const h1 = document.querySelector('h1')?.textContent;
			if (!seen.open && h1 === 'My recovery journal') seen.open = performance.now() - started;
			if (!seen.home && document.getElementById('coming-up-heading'))
				seen.home = performance.now() - started;
		});
		observer.observe(document.body, { childList: true, subtree: true });
		[...document.querySelectorAll('button')]
			.find((b) => b.textContent.trim() === 'Unlock')
			?.click();
		while (!seen.home) await new Promise((resolve) => setTimeout(resolve, 5));
		await new Promise((resolve) => requestAnimationFrame(resolve));
		observer.disconnect();
		return seen;
	});
	const yearMs = await timeInPage(
		page,
		follow('/checkin/charts?range=year'),
		chartDrawn('last year')
	);
	await page.evaluate(follow('/'));
	await page.getByRole('heading', { name: 'My recovery journal' }).waitFor();
	const allTimeMs = await timeInPage(
		page,
		follow('/checkin/charts?range=all'),
		chartDrawn('all time')
	);
	await page.evaluate(follow('/'));
	await page.getByRole('heading', { name: 'My recovery journal' }).waitFor();
	const timelineMs = await timeInPage(
		page,
		follow('/journey/timeline'),
		`return document.querySelectorAll('main ol li').length >= 30;`
	);
	return {
		unlockToHomeMs: marks.home,
		openToHomeMs: marks.home - marks.open,
		yearMs,
		allTimeMs,
		timelineMs
	};
}

export async function measureJourney() {
	const started = performance.now();
	await rm(site, { recursive: true, force: true });
	await cp('build', site, { recursive: true });
	await buildBenchPage(path('.'), `${site}/bench-seed`, '/bench-seed/');
	const server = createSiteServer({ root: site });
	await new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)));
	await rm(profile, { recursive: true, force: true });
	// On disk, as on a phone; no service worker, so each round loads the same way.
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
		const counts = await page.evaluate((options) => window.seed(options), {
			passphrase,
			...journeyDataset
		});
		const seedSeconds = (performance.now() - seedStarted) / 1000;

		// The heap, sampled throughout; its peak is what a phone has to hold.
		const cdp = await context.newCDPSession(page);
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
		for (let n = 0; n < settings.rounds; n++) rounds.push(await oneRound(page));
		sampling = false;
		await sampler;

		const figure = (key) => ({
			ms: round(median(rounds.map((r) => r[key]))),
			runs: rounds.map((r) => round(r[key]))
		});
		return {
			dataset: counts,
			seedSeconds: round(seedSeconds),
			unlockToHome: figure('unlockToHomeMs'),
			openToHome: figure('openToHomeMs'),
			yearChart: figure('yearMs'),
			allTimeChart: figure('allTimeMs'),
			timeline: figure('timelineMs'),
			peakHeapMb: round(peak / 1024 / 1024),
			seconds: round((performance.now() - started) / 1000)
		};
	} finally {
		await context.close();
		server.close();
		await rm(profile, { recursive: true, force: true });
	}
}

export function journeyChecks(j) {
	return [
		{
			name: 'Journey: journal open to the home screen, 10 years of data (ms)',
			limit: `< ${journeyBudgets.homeMs}`,
			value: j.openToHome.ms,
			ok: j.openToHome.ms < journeyBudgets.homeMs
		},
		{
			name: 'Journey: all-time check-in chart drawn (ms)',
			limit: `< ${journeyBudgets.allTimeChartMs}`,
			value: j.allTimeChart.ms,
			ok: j.allTimeChart.ms < journeyBudgets.allTimeChartMs
		},
		{
			name: 'Journey: peak JavaScript heap (MB)',
			limit: `< ${journeyBudgets.heapMb}`,
			value: j.peakHeapMb,
			ok: j.peakHeapMb < journeyBudgets.heapMb
		}
	];
}

export function journeyMarkdown(j) {
	const d = j.dataset;
	const row = (name, f) => `| ${name} | ${f.ms} | ${f.runs.join(', ')} |`;
	return `## The journey with ten years of data (390x844)

A journal of ${d.checkins.toLocaleString('en')} check-ins (two a day), ${d.goals} goals with
${d.goalUpdates.toLocaleString('en')} weekly updates and setbacks, ${d.sessions} session notes and
${d.reviews} reviews, written on the app's own origin (in ${j.seedSeconds} s), then opened in the
real app. Medians of ${settings.rounds} rounds, each from a fresh page load; times from the tap to
the frame where the screen is complete.

| step | median ms | runs |
| --- | --- | --- |
${row('Unlock to the home screen, Argon2id included', j.unlockToHome)}
${row('Journal open (after Argon2id) to the home screen with what is coming up', j.openToHome)}
${row('The check-in chart over a year, drawn', j.yearChart)}
${row('The check-in chart over all time, drawn', j.allTimeChart)}
${row('The timeline’s first page (30 items)', j.timeline)}

Peak JavaScript heap over all rounds: ${j.peakHeapMb} MB. This section took ${j.seconds} s.
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const journey = await measureJourney();
	const checks = journeyChecks(journey);
	console.log(journeyMarkdown(journey));
	for (const c of checks) console.log(`${c.name}: ${c.value} (${c.limit}) ${c.ok ? 'ok' : 'OVER'}`);
	if (checks.some((c) => !c.ok)) process.exitCode = 1;
}
