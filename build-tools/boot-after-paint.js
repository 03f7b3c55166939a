// A prerendered first screen (the welcome, the worker's /view) is whole in its HTML, so nothing
// needs its scripts before it has painted. SvelteKit asks for them at once, from modulepreload
// links and its boot script; under a slow phone connection those requests queue beside the
// paint, and Lighthouse counts every request made before the largest paint as holding it up.
// So the links are taken out, and the boot script asks for the same files once the first paint
// is on screen (at once in a hidden tab, where no frame comes, or when the HTML's first screen
// is not the one to show).
// After a paint, the start is staged so that no task is long while the person may already be
// reading or tapping: the preload links go in a few at a time (appending all 28 at once took
// 30 ms), then the modules run one per task, each after those it imports, and last the app
// starts in a task of its own. When the first screen waits on the scripts (bootNow), or in a
// hidden tab, everything goes at once: the person is waiting for the start, not for a tap.
// The script's text changes, so its hash in the page's policy is replaced.
import { createHash } from 'node:crypto';

const preloadLink = /[ \t]*<link href="([^"]+)" rel="modulepreload"[^>]*>\n?/g;
const bootScript =
	/<script>((?:(?!<\/script>)[\s\S])*?kit\.start\((?:(?!<\/script>)[\s\S])*?)<\/script>/;

/** @param {string} text */
function sha256(text) {
	return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

const staticImport = /\b(?:import|export)\s*(?:[^'"`;]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g;
// Where the page's relative addresses are resolved, deep enough that a page's "../" resolves
// rather than stopping at the root: only the addresses' sameness matters here.
const pageBase = 'file:///a/b/c/d/';

/**
 * The files in an order where each comes after the files it imports (from `source`, the built
 * file's text by its address). Dynamic imports are not followed: they run later, not as the file
 * loads. Throws when a file cannot be read, rather than quietly ordering nothing.
 * @param {string[]} hrefs addresses as the page writes them ("./_app/...")
 * @param {(href: string) => string | undefined} source
 */
export function importsFirst(hrefs, source) {
	const listed = new Map(hrefs.map((href) => [new URL(href, pageBase).href, href]));
	/** @type {string[]} */
	const order = [];
	const seen = new Set();
	/** @param {string} href */
	const visit = (href) => {
		if (seen.has(href)) return;
		seen.add(href);
		const text = source(href);
		if (text === undefined) throw new Error(`bootAfterPaint: cannot read ${href} to order it`);
		const at = new URL(href, pageBase);
		for (const [, path] of text.matchAll(staticImport)) {
			const imported = listed.get(new URL(path, at).href);
			if (imported) visit(imported);
		}
		order.push(href);
	};
	hrefs.forEach(visit);
	return order;
}

/**
 * The module addresses a page preloads, as SvelteKit writes them ("./_app/...").
 * @param {string} html
 */
export const modulePreloads = (html) => [...html.matchAll(preloadLink)].map(([, href]) => href);

/**
 * The page with its scripts asked for after the first paint. Throws if the page is not shaped
 * as SvelteKit writes it, so a change there fails the build instead of shipping a page that
 * never starts or a policy that refuses its script.
 * @param {string} html a whole prerendered page
 * @param {(href: string) => string | undefined} source a built file's text by its address, to
 *   run the modules one at a time in the order they import each other
 */
export function bootAfterPaint(html, source) {
	const found = html.match(bootScript);
	if (!found) throw new Error('bootAfterPaint: no SvelteKit boot script in the page');
	const preloads = modulePreloads(html);
	if (!preloads.length) throw new Error('bootAfterPaint: no modulepreload links in the page');
	const body = found[1];
	const start = body.indexOf('Promise.all(');
	const end = body.lastIndexOf('}');
	const loaded = ']).then(';
	if (start < 0 || end < start || !body.slice(start, end).includes(loaded))
		throw new Error('bootAfterPaint: the boot script has changed');
	const load = body.slice(start, end).trim();
	if (!html.includes(sha256(body))) throw new Error('bootAfterPaint: no hash for the boot script');
	const withoutPreloads = html.replace(preloadLink, '');
	if (withoutPreloads.includes('rel="modulepreload"'))
		throw new Error('bootAfterPaint: a modulepreload link it could not read');

	const moduleOrder = importsFirst(preloads, source);
	const startLine = load.slice('Promise.all('.length, load.indexOf(loaded) + 1);
	// What SvelteKit runs once the modules are in: only that, as it writes it today.
	const startWith = load.slice(load.indexOf(loaded) + loaded.length).trim();
	if (!/^\(\[kit, app\]\) => \{[\s\S]*kit\.start\([\s\S]*\}\);?$/.test(startWith))
		throw new Error('bootAfterPaint: the boot script has changed after its imports');
	const deferred = `${body.slice(0, start)}// A turn of the event loop that a hidden tab does not slow down, as it does timers.
const pause = () => new Promise((go) => {
	const channel = new MessageChannel();
	channel.port1.onmessage = () => go(undefined);
	channel.port2.postMessage(null);
});
const boot = async (staged) => {
	const hrefs = ${JSON.stringify(preloads)};
	const batch = staged ? 6 : hrefs.length;
	for (let i = 0; i < hrefs.length; i += batch) {
		const links = document.createDocumentFragment();
		for (const href of hrefs.slice(i, i + batch))
			links.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href }));
		document.head.append(links);
		if (staged) await pause();
	}
	// A file that fails here is asked for again below or by the app's start, which says so.
	if (staged)
		for (const href of ${JSON.stringify(moduleOrder)}) {
			await import(href).catch(() => {});
			await pause();
		}
	const modules = await Promise.all(${startLine});
	await pause();
	(${startWith.replace(/\);?$/, '')})(modules);
};
let booted = false;
// Staged only where preload links fetch ahead (Safari before 17 ignores them): elsewhere each
// import would wait for the one before it, file by file.
const fetchesAhead = document.createElement('link').relList?.supports?.('modulepreload') === true;
const once = (staged) =>
	booted || ((booted = true), void boot(staged && fetchesAhead && document.visibilityState === 'visible'));
// At once in a hidden tab, where no frame comes, and where the first paint has nothing to show
// (app.html marks it bootNow).
if (document.visibilityState === 'hidden' || 'bootNow' in document.documentElement.dataset) once(false);
else {
	// After the first paint is on screen, as the browser reports it: a frame drawn is not yet a
	// frame shown, and work started in between holds up what the person sees (Lighthouse counts
	// it into the paint). Without paint timing, a frame after the first one is drawn.
	if (typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes?.includes('paint'))
		new PerformanceObserver((list, observer) => {
			if (!list.getEntriesByName('first-contentful-paint').length) return;
			observer.disconnect();
			setTimeout(() => once(true));
		}).observe({ type: 'paint', buffered: true });
	else requestAnimationFrame(() => setTimeout(() => once(true)));
	// No frame comes to a tab hidden before its first paint: start when it is hidden, or soon.
	document.addEventListener('visibilitychange', () => once(false), { once: true });
	setTimeout(() => once(true), 1000);
}
${body.slice(end)}`;

	try {
		// Parsed, not run: a script that would not even parse must not ship under a valid hash.
		new Function(deferred);
	} catch (error) {
		throw new Error('bootAfterPaint: the boot script it wrote does not parse', { cause: error });
	}
	return withoutPreloads
		.replace(found[0], () => `<script>${deferred}</script>`)
		.replace(sha256(body), () => sha256(deferred));
}
