// The HTTP headers every response of the app carries, in one place: scripts/serve.js sends them,
// and the build writes them as a `_headers` file (Netlify, Cloudflare Pages) so a static host
// sends the same. The Content-Security-Policy is the one SvelteKit writes into each page's <meta>
// tag (with the hashes of its inline scripts and styles, which change with each build), joined
// over the built pages so one header fits them all, plus what a <meta> tag cannot carry:
// frame-ancestors. A page is held to its header and its own tag both, so it gets no more than
// its tag allows.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const cspMeta = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i;

/**
 * The policy in a built page's CSP <meta> tag, or undefined if it has none.
 * @param {string} html
 */
export function metaPolicy(html) {
	const found = cspMeta.exec(html);
	return found?.[1].replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

/**
 * One policy allowing what any of these allows: each directive's sources, in the order first met.
 * @param {(string | undefined)[]} policies
 * @returns {string | undefined}
 */
export function joinPolicies(policies) {
	/** @type {Map<string, string[]>} */
	const directives = new Map();
	for (const policy of policies) {
		for (const part of policy?.split(';') ?? []) {
			const [name, ...sources] = part.trim().split(/\s+/);
			if (!name) continue;
			const known = directives.get(name) ?? [];
			for (const source of sources) if (!known.includes(source)) known.push(source);
			directives.set(name, known);
		}
	}
	if (directives.size === 0) return undefined;
	return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * The policy of every built page at the top of the site (index.html, 200.html, view.html), joined.
 * @param {string} root
 * @returns {Promise<{ policy: string | undefined, pages: string[] }>}
 */
export async function sitePolicy(root) {
	const pages = (await readdir(root).catch(() => [])).filter((name) => name.endsWith('.html'));
	pages.sort();
	const htmls = await Promise.all(pages.map((name) => readFile(join(root, name), 'utf8')));
	return { policy: joinPolicies(htmls.map(metaPolicy)), pages };
}

/**
 * The security headers for a site whose page holds this <meta> policy (none: only what a meta
 * tag cannot say, so nothing the page allows is blocked).
 * @param {string | undefined} policy
 * @returns {Record<string, string>}
 */
export function securityHeaders(policy) {
	return {
		'Content-Security-Policy': [policy, "frame-ancestors 'none'"].filter(Boolean).join('; '),
		'X-Content-Type-Options': 'nosniff',
		'Referrer-Policy': 'no-referrer',
		'Cross-Origin-Opener-Policy': 'same-origin',
		// Only the voice notes' microphone, and only for the app itself.
		'Permissions-Policy': 'camera=(), geolocation=(), payment=(), usb=(), microphone=(self)'
	};
}

/**
 * The `_headers` file: the security headers on every path, and hashed files cached for good.
 * @param {Record<string, string>} headers
 */
export function headersFile(headers) {
	const lines = ['/*', ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)];
	lines.push('', '/_app/immutable/*', '  Cache-Control: public, max-age=31536000, immutable', '');
	return lines.join('\n');
}

/**
 * A build step writing `_headers` beside the built page, once the adapter has written it.
 * @param {string} outDir
 * @returns {import('vite').Plugin}
 */
export function writeHeadersFile(outDir) {
	return {
		name: 'waymark:headers-file',
		apply: 'build',
		closeBundle: {
			order: 'post',
			sequential: true,
			async handler() {
				const { policy, pages } = await sitePolicy(outDir);
				// SvelteKit's inner client build: the pages are not written yet.
				if (pages.length === 0) return;
				if (!policy) this.error(`${outDir}'s pages have no CSP <meta> tag to send as a header.`);
				await writeFile(join(outDir, '_headers'), headersFile(securityHeaders(policy)));
				// Every address without a file of its own is drawn from the SPA fallback, not the
				// prerendered welcome in index.html (Netlify and Cloudflare Pages read this file).
				await writeFile(join(outDir, '_redirects'), '/* /200.html 200\n');
			}
		}
	};
}
