// The HTTP headers every response of the app carries, in one place: scripts/serve.js sends them,
// and the build writes them as a `_headers` file (Netlify, Cloudflare Pages) so a static host
// sends the same. The Content-Security-Policy is the one SvelteKit writes into the page's <meta>
// tag (with the hash of its inline script, which changes with each build), plus what a <meta> tag
// cannot carry: frame-ancestors.
import { readFile, writeFile } from 'node:fs/promises';
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
				let html;
				try {
					html = await readFile(join(outDir, 'index.html'), 'utf8');
				} catch {
					return; // SvelteKit's inner client build: the page is not written yet.
				}
				const policy = metaPolicy(html);
				if (!policy) this.error(`${outDir}/index.html has no CSP <meta> tag to send as a header.`);
				await writeFile(join(outDir, '_headers'), headersFile(securityHeaders(policy)));
			}
		}
	};
}
