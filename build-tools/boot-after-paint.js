// A prerendered first screen (the welcome, the worker's /view) is whole in its HTML, so nothing
// needs its scripts before it has painted. SvelteKit asks for them at once, from modulepreload
// links and its boot script; under a slow phone connection those requests queue beside the
// paint, and Lighthouse counts every request made before the largest paint as holding it up.
// So the links are taken out, and the boot script asks for the same files a frame after the
// first paint (at once in a hidden tab, where no frame comes, or when the HTML's first screen
// is not the one to show), all together as before. Once they
// have run, the app starts in a task of its own, so running the modules and drawing the app are
// two shorter tasks rather than one long one (Lighthouse's blocking time: about 160 ms to 110).
// The script's text changes, so its hash in the page's policy is replaced.
import { createHash } from 'node:crypto';

const preloadLink = /[ \t]*<link href="([^"]+)" rel="modulepreload"[^>]*>\n?/g;
const bootScript =
	/<script>((?:(?!<\/script>)[\s\S])*?kit\.start\((?:(?!<\/script>)[\s\S])*?)<\/script>/;

/** @param {string} text */
function sha256(text) {
	return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/**
 * The page with its scripts asked for after the first paint. Throws if the page is not shaped
 * as SvelteKit writes it, so a change there fails the build instead of shipping a page that
 * never starts or a policy that refuses its script.
 * @param {string} html a whole prerendered page
 */
export function bootAfterPaint(html) {
	const found = html.match(bootScript);
	if (!found) throw new Error('bootAfterPaint: no SvelteKit boot script in the page');
	const preloads = [...html.matchAll(preloadLink)].map(([, href]) => href);
	if (!preloads.length) throw new Error('bootAfterPaint: no modulepreload links in the page');
	const body = found[1];
	const start = body.indexOf('Promise.all(');
	const end = body.lastIndexOf('}');
	const loaded = ']).then(';
	if (start < 0 || end < start || !body.slice(start, end).includes(loaded))
		throw new Error('bootAfterPaint: the boot script has changed');
	const load = body.slice(start, end).trim();
	const yielding = ']).then((modules) => new Promise((go) => setTimeout(go, 0, modules))).then(';
	if (!html.includes(sha256(body))) throw new Error('bootAfterPaint: no hash for the boot script');
	const withoutPreloads = html.replace(preloadLink, '');
	if (withoutPreloads.includes('rel="modulepreload"'))
		throw new Error('bootAfterPaint: a modulepreload link it could not read');

	const deferred = `${body.slice(0, start)}const boot = () => {
	const links = document.createDocumentFragment();
	for (const href of ${JSON.stringify(preloads)})
		links.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href }));
	document.head.append(links);
	${load.replace(loaded, yielding)}
};
let booted = false;
const once = () => booted || ((booted = true), boot());
// At once in a hidden tab, where no frame comes, and where the first paint has nothing to show
// (app.html marks it bootNow).
if (document.visibilityState === 'hidden' || 'bootNow' in document.documentElement.dataset) once();
else {
	requestAnimationFrame(() => setTimeout(once));
	// No frame comes to a tab hidden before its first paint: start when it is hidden, or soon.
	document.addEventListener('visibilitychange', once, { once: true });
	setTimeout(once, 1000);
}
${body.slice(end)}`;

	return withoutPreloads
		.replace(found[0], () => `<script>${deferred}</script>`)
		.replace(sha256(body), () => sha256(deferred));
}
