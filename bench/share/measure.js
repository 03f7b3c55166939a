// Share links' figures for `npm run bench`, or alone with `node bench/share/measure.js` (after
// `npm run build`). A page beside the app's build (page.js) seals three summaries with the app's
// own code and reports the time and the links' lengths; then each link is opened in the real app's
// /view, cold, as a worker would open it from a message, and timed until the summary is painted.
import { spawnSync } from 'node:child_process';
import { cp, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../scripts/chromium.js';
import { createSiteServer } from '../../scripts/serve.js';
import { buildBenchPage } from '../build-page.js';
import { pick } from '../mode.js';

const port = 4180;
const origin = `http://127.0.0.1:${port}`;
const path = (relative) => fileURLToPath(new URL(relative, import.meta.url));
const site = path('../.tmp/share-site');
/** The app's build to measure: build/, or where WAYMARK_OUT put it, as in svelte.config.js. */
const appBuild = process.env.WAYMARK_OUT ?? 'build';
const settings = pick(
	{ createRuns: 15, viewRuns: 5, viewTimeoutMs: 15_000, warmUp: true },
	// A smoke run only needs each view to open once: no untimed first opening.
	{ createRuns: 1, viewRuns: 1, warmUp: false }
);
const pin = '4821';
export const shareBudgets = {
	typicalLinkChars: 4000,
	viewAfterAppMs: 300,
	typicalViewMs: 200,
	shortLinkChars: 110,
	pressToPaintMs: 300
};
/** The summaries whose view must meet the budget: the one shared most, and the largest. */
const viewBudgeted = ['typical', 'full'];

const round = (n) => Math.round(n * 10) / 10;
const median = (values) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];
const figure = (values) => ({ ms: round(median(values)), runs: values.map(round) });

/**
 * Installed before the app's first script (Playwright's init scripts are exempt from the page's
 * CSP). Marks, by the page's clock, whose zero is the start of navigation: the load event; the
 * app's first render into its root; the moment `article[data-summary-shown]` exists; and the
 * animation frame after it, in which the summary is painted.
 */
function watchView() {
	/** @type {Record<string, any>} */
	const marks = (window.__shareMarks = {});
	addEventListener('load', () => (marks.load = performance.now()));
	// A short link's press of Open, the start of what the worker waits for.
	addEventListener(
		'click',
		(event) => {
			if (event.target instanceof Element && event.target.closest('form button'))
				marks.pressed = performance.now();
		},
		true
	);
	const observer = new MutationObserver(() => {
		if (!marks.app && document.querySelector('.app-root > :not(script)'))
			marks.app = performance.now();
		if (marks.shown || !document.querySelector('article[data-summary-shown]')) return;
		marks.shown = performance.now();
		observer.disconnect();
		requestAnimationFrame(() => {
			marks.painted = performance.now();
			// Told through the console, which Playwright hears without running anything in the
			// page: waitForFunction would inject its scripts (about 50 ms of work) mid-load.
			console.info('waymark-bench: painted');
		});
	});
	observer.observe(document, {
		childList: true,
		subtree: true,
		attributes: true,
		attributeFilter: ['data-summary-shown']
	});
}

/**
 * Opens `url` in a fresh context: empty cache, no service worker, nothing stored. A short link
 * waits for the press of Open, which the bench makes once the button is there.
 */
async function openView(browser, url, { press = false } = {}) {
	const context = await browser.newContext({
		serviceWorkers: 'block',
		viewport: { width: 390, height: 844 }
	});
	try {
		await context.addInitScript(watchView);
		const page = await context.newPage();
		page.on('pageerror', (error) => console.error(error));
		const painted = page.waitForEvent('console', {
			predicate: (message) => message.text() === 'waymark-bench: painted',
			timeout: settings.viewTimeoutMs
		});
		// Caught here and met again below, so a view that never paints fails as not shown.
		painted.catch(() => {});
		await page.goto(url);
		if (press) await page.getByRole('button', { name: 'Open the summary' }).click();
		try {
			await painted;
			await page.waitForFunction(() => window.__shareMarks.load, { timeout: 5000 });
		} catch {
			const heading = await page
				.locator('h1')
				.first()
				.textContent({ timeout: 1000 })
				.catch(() => null);
			throw new Error(`/view showed no summary (its heading: ${heading ?? 'none'})`, {
				cause: 'not-shown'
			});
		}
		return await page.evaluate(() => window.__shareMarks);
	} finally {
		await context.close();
	}
}

/** Each link opened `viewRuns` times, the sizes taken in turn so noise falls on all alike. */
async function measureViews(browser, links) {
	// Untimed: the server gzips each file on its first request, which a static host has long done.
	if (settings.warmUp) for (const link of links) await openView(browser, link.url);
	const marks = Object.fromEntries(links.map((l) => [l.name, []]));
	for (let run = 0; run < settings.viewRuns; run++)
		for (const link of links) marks[link.name].push(await openView(browser, link.url));
	return links.map(({ name }) => {
		const runs = marks[name];
		return {
			name,
			fromNavigation: figure(runs.map((m) => m.painted)),
			fromLoad: figure(runs.map((m) => m.painted - m.load)),
			loadMs: round(median(runs.map((m) => m.load))),
			appRenderedMs: round(median(runs.map((m) => m.app))),
			// The view's own work: opening the link, checking it, and laying the summary out.
			afterFirstRenderMs: round(median(runs.map((m) => m.painted - m.app)))
		};
	});
}

/** Each short link opened `viewRuns` times: from the press of Open to the summary painted. */
async function measureShortViews(browser, links) {
	if (settings.warmUp)
		for (const link of links) await openView(browser, link.shortUrl, { press: true });
	const runs = Object.fromEntries(links.map((l) => [l.name, []]));
	for (let run = 0; run < settings.viewRuns; run++)
		for (const link of links) {
			const marks = await openView(browser, link.shortUrl, { press: true });
			runs[link.name].push(marks.painted - marks.pressed);
		}
	return links.map(({ name }) => ({ name, pressToPaint: figure(runs[name]) }));
}

/** The share relay, compiled (relay:build) and started on an in-memory database. */
async function startRelay() {
	const built = spawnSync('npx', ['tsc', '-p', 'relay/tsconfig.json'], { stdio: 'inherit' });
	if (built.status !== 0) throw new Error('The relay did not compile.');
	const relayModule = new URL('../../relay/dist/relay.js', import.meta.url).href;
	const [{ startRelay }, { getRequestListener }] = await Promise.all([
		import(relayModule),
		import('@hono/node-server')
	]);
	const relay = await startRelay({
		where: {},
		limits: { create: 10_000, open: 10_000, manage: 10_000 }
	});
	return { api: getRequestListener(relay.app.fetch), stop: relay.stop };
}

function summarise(raw, views, seconds) {
	return {
		settings,
		summaries: raw.summaries.map((s) => ({
			name: s.name,
			sections: s.sections,
			textChars: s.textChars,
			planTextChars: s.planTextChars,
			jsonBytes: s.jsonBytes,
			linkChars: s.url.length,
			linkPerJsonByte: Math.round((s.url.length / s.jsonBytes) * 100) / 100,
			create: figure(s.createMs),
			openMs: round(median(s.openMs)),
			shortLinkChars: s.shortUrl.length,
			shortCreateMs: round(s.shortCreateMs)
		})),
		pin: {
			createMs: round(raw.pin.createMs),
			openMs: round(raw.pin.openMs),
			linkChars: raw.pin.url.length
		},
		view: views,
		// The typical summary's fragments, for Lighthouse's run on /view (run.js).
		typicalFragment: new URL(raw.summaries.find((s) => s.name === 'typical').url).hash,
		// Its short link: what a worker opens whenever the relay is there (nothing fetched first).
		typicalShortFragment: new URL(raw.summaries.find((s) => s.name === 'typical').shortUrl).hash,
		seconds: round(seconds)
	};
}

export async function measureShare() {
	const started = performance.now();
	await rm(site, { recursive: true, force: true });
	await cp(appBuild, site, { recursive: true });
	// Beside the app, on its origin: the links name this origin's /view, as the app's would.
	await buildBenchPage(path('.'), `${site}/bench-share`, '/bench-share/');
	const relay = await startRelay();
	const server = createSiteServer({ root: site, api: relay.api });
	await new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)));
	const browser = await chromium.launch(chromiumLaunchOptions());
	try {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		page.on('pageerror', (error) => console.error(error));
		await page.goto(`${origin}/bench-share/`);
		await page.waitForFunction(() => 'measureShare' in window);
		const raw = await page.evaluate((options) => window.measureShare(options), {
			origin,
			runs: settings.createRuns,
			pin
		});
		await context.close();
		let views;
		try {
			views = {
				sizes: await measureViews(browser, raw.summaries),
				short: await measureShortViews(
					browser,
					raw.summaries.filter((s) => viewBudgeted.includes(s.name))
				)
			};
		} catch (error) {
			// Until the app has a /view that marks the summary shown, there is nothing to time.
			if (error.cause !== 'not-shown') throw error;
			views = { error: error.message };
		}
		return summarise(raw, views, (performance.now() - started) / 1000);
	} finally {
		await browser.close();
		server.close();
		await relay.stop();
	}
}

export function shareChecks(share) {
	const typical = share.summaries.find((s) => s.name === 'typical');
	const views = viewBudgeted.map((name) => ({
		name,
		view: share.view.sizes?.find((v) => v.name === name)
	}));
	return [
		{
			name: 'Share: the typical summary’s link (characters)',
			limit: `< ${shareBudgets.typicalLinkChars}`,
			value: typical.linkChars,
			ok: typical.linkChars < shareBudgets.typicalLinkChars
		},
		// No view measured is a broken budget, not a silent pass.
		...views.map(({ name, view }) => ({
			name: `Share: the ${name} summary painted in /view, after the app's first render (ms)`,
			limit: `< ${shareBudgets.viewAfterAppMs}`,
			value: view ? view.afterFirstRenderMs : 'not measured',
			ok: Boolean(view) && view.afterFirstRenderMs < shareBudgets.viewAfterAppMs
		})),
		...share.summaries.map((s) => ({
			name: `Share: the ${s.name} summary's short link (characters)`,
			limit: `< ${shareBudgets.shortLinkChars}`,
			value: s.shortLinkChars,
			ok: s.shortLinkChars < shareBudgets.shortLinkChars
		})),
		...viewBudgeted.map((name) => {
			const short = share.view.short?.find((v) => v.name === name);
			return {
				name: `Share: the ${name} summary's short link, Open pressed to painted (ms)`,
				limit: `<= ${shareBudgets.pressToPaintMs}`,
				value: short ? short.pressToPaint.ms : 'not measured',
				ok: Boolean(short) && short.pressToPaint.ms <= shareBudgets.pressToPaintMs
			};
		}),
		{
			name: 'Share: the typical summary painted in /view, from navigation (ms, unthrottled)',
			limit: `<= ${shareBudgets.typicalViewMs}`,
			value: views[0].view ? views[0].view.fromNavigation.ms : 'not measured',
			ok: Boolean(views[0].view) && views[0].view.fromNavigation.ms <= shareBudgets.typicalViewMs
		}
	];
}

export function shareMarkdown(share) {
	const { settings: s, pin: withPin } = share;
	const planChars = share.summaries.find((x) => x.name === 'full').planTextChars;
	const size = (x) =>
		`| ${x.name} | ${x.sections} | ${x.textChars.toLocaleString('en')} | ${x.jsonBytes.toLocaleString('en')} | ${x.linkChars.toLocaleString('en')} | ${x.linkPerJsonByte} | ${x.create.ms} | ${x.openMs} |`;
	const view = (v) =>
		`| ${v.name} | ${v.fromNavigation.ms} | ${v.fromLoad.ms} | ${v.fromLoad.runs.join(', ')} | ${v.loadMs} | ${v.appRenderedMs} | ${v.afterFirstRenderMs} |`;
	const views = share.view.sizes
		? `| summary | from navigation, ms | from the load event, ms | runs from load | load event at | first render at | first render to painted |
| --- | --- | --- | --- | --- | --- | --- |
${share.view.sizes.map(view).join('\n')}`
		: `Not measured: ${share.view.error}.`;
	return `## Share links: sealing, length, and opening in /view

Three summaries of realistic plan text: small (one section, five strengths), typical (about me,
strengths, early warning signs, three goals with a table of 12 progress updates and a setback)
and full (every plan section, ${planChars.toLocaleString('en')} characters of plan text, with
goals, 13 weeks of check-in trends, 10 session agreements, unmet needs and what to talk about).
Sealing is \`createShareLink\` without a PIN (valibot, deflate-raw, secretbox, base64url), median
of ${s.createRuns} runs after a warm-up; opening is \`readShareLink\` then \`openShareLink\`. The
link is the whole address, \`${origin}/view#…\`.

| summary | sections | text chars | JSON bytes | link chars | link / JSON | seal ms | open ms |
| --- | --- | --- | --- | --- | --- | --- | --- |
${share.summaries.map(size).join('\n')}

With a PIN (Argon2id, 64 MiB), the typical summary took ${withPin.createMs} ms to seal and
${withPin.openMs} ms to open, once each; its link is ${withPin.linkChars.toLocaleString('en')}
characters.

Each link opened in the real app's \`/view\` at 390x844, in a fresh browser context (empty
cache, no service worker), ${s.viewRuns} times after an untimed first opening. Times in ms by the
page's clock, to the animation frame after \`article[data-summary-shown]\` appears, from the
start of navigation and from the load event. The load event stands for the app having loaded:
the page, its styles and SvelteKit's inline start-up script are in, though some preloaded modules
may still be arriving (modulepreload does not hold the event back) and the /view route's own code
is fetched after it. The app's first render (its "Opening" line) splits the rest: start-up before
it, the view's own work (open, check, lay out) after it. The budget (300 ms "of the app loading")
is checked from that first render, when the app has loaded and is running; start-up before it is
the app's general cost on a cold load and is reported beside it. Medians:

${views}

### Short links (through the relay)

The same summaries as short links, \`/view#v2.<id>.<key>\`, their sealed box left with the relay
the bench serves beside the app (in-memory PGlite, over loopback). Made once each with
\`createRelayShare\` (seal, then upload). Opened in \`/view\` as above, and timed from the press
of "Open the summary" (the fetch, which the relay counts, the opening and the layout) to the
animation frame after the summary appears; ${s.viewRuns} runs, median.

| summary | link chars | make ms (seal and upload) | Open pressed to painted, ms | runs |
| --- | --- | --- | --- | --- |
${share.summaries
	.map((x) => {
		const v = share.view.short?.find((y) => y.name === x.name);
		return `| ${x.name} | ${x.shortLinkChars} | ${x.shortCreateMs} | ${v ? v.pressToPaint.ms : 'not measured'} | ${v ? v.pressToPaint.runs.join(', ') : ''} |`;
	})
	.join('\n')}

This section took ${share.seconds} s.
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const share = await measureShare();
	const checks = shareChecks(share);
	console.log(shareMarkdown(share));
	for (const c of checks) console.log(`${c.name}: ${c.value} (${c.limit}) ${c.ok ? 'ok' : 'OVER'}`);
	if (checks.some((c) => !c.ok)) process.exitCode = 1;
}
