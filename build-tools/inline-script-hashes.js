// The Content-Security-Policy hashes of the inline scripts in the page template (src/app.html).
// SvelteKit hashes the scripts it writes itself; the template's own first script (theme and the
// returning-person hint) is hashed here, so the policy stays free of 'unsafe-inline'.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** @param {string} html */
export function inlineScriptBodies(html) {
	return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, body]) => body);
}

/**
 * One `sha256-…` source per inline script of the template at this path.
 * @param {string} templatePath
 * @returns {`sha256-${string}`[]}
 */
export function inlineScriptHashes(templatePath) {
	return inlineScriptBodies(readFileSync(templatePath, 'utf8')).map(
		(body) =>
			/** @type {`sha256-${string}`} */ (
				`sha256-${createHash('sha256').update(body).digest('base64')}`
			)
	);
}
