// Serves the built app (build/) on localhost like a static host would: files as they are, the SPA
// fallback for app routes, a real 404 for a missing asset, gzip, and on every response the
// security headers (scripts/security-headers.js). Used by `npm start`, the browser tests and the
// benchmark.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { metaPolicy, securityHeaders } from './security-headers.js';

const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain; charset=utf-8'
};

/**
 * What to answer for a URL path: a file inside root, the SPA fallback, or 404.
 * Paths that would leave root are refused; a missing file with an extension is a 404, not the
 * fallback page, so a stale script URL fails loudly instead of being handed HTML.
 * @param {string} root absolute path of the site
 * @param {string} urlPath the request's path, still percent-encoded
 * @returns {{ kind: 'file' | 'fallback', path: string } | { kind: 'not-found' }}
 */
export function route(root, urlPath) {
	let decoded;
	try {
		decoded = decodeURIComponent(urlPath);
	} catch {
		return { kind: 'not-found' };
	}
	if (decoded.includes('\0')) return { kind: 'not-found' };
	const relative = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
	const path = resolve(root, `.${relative}`);
	if (path !== root && !path.startsWith(root + sep)) return { kind: 'not-found' };
	if (extname(relative)) return { kind: 'file', path };
	return { kind: 'fallback', path: join(root, 'index.html') };
}

/** @param {string} path The file's stats, or undefined when there is no such file. */
async function fileStats(path) {
	try {
		const stats = await stat(path);
		return stats.isFile() ? stats : undefined;
	} catch {
		return undefined;
	}
}

/** @param {{ root: string }} options */
export function createSiteServer({ root }) {
	const site = resolve(root);
	// Compressed once per file version, so serving does not compete with the browser for CPU.
	/** @type {Map<string, Buffer>} */
	const gzipped = new Map();
	/** @param {string} path @param {number} mtimeMs */
	const gzipOf = async (path, mtimeMs) => {
		const key = `${path}:${mtimeMs}`;
		let body = gzipped.get(key);
		if (!body) gzipped.set(key, (body = gzipSync(await readFile(path))));
		return body;
	};
	// The page's own policy goes out as a header on every response, workers and sw.js included;
	// read again when the page changes (the update test swaps builds under a running server).
	/** @type {{ mtimeMs: number, headers: Record<string, string> } | undefined} */
	let cached;
	const headersNow = async () => {
		const page = join(site, 'index.html');
		const stats = await fileStats(page);
		const mtimeMs = stats?.mtimeMs ?? -1;
		if (cached?.mtimeMs === mtimeMs) return cached.headers;
		const html = stats ? await readFile(page, 'utf8') : '';
		cached = { mtimeMs, headers: securityHeaders(metaPolicy(html)) };
		return cached.headers;
	};
	return createServer(async (request, response) => {
		const securityHeaders = await headersNow();
		if (request.method !== 'GET' && request.method !== 'HEAD') {
			response.writeHead(405, { Allow: 'GET, HEAD', ...securityHeaders }).end();
			return;
		}
		const url = new URL(request.url ?? '/', 'http://localhost');
		const target = route(site, url.pathname);
		const stats = target.kind === 'not-found' ? undefined : await fileStats(target.path);
		if (target.kind === 'not-found' || !stats) {
			response.writeHead(404, { 'Content-Type': types['.txt'], ...securityHeaders });
			response.end('Not found');
			return;
		}
		const type = types[/** @type {keyof typeof types} */ (extname(target.path))];
		const headers = {
			'Content-Type': type ?? 'application/octet-stream',
			// Hashed file names never change; everything else is checked on each load.
			'Cache-Control': url.pathname.startsWith('/_app/immutable/')
				? 'public, max-age=31536000, immutable'
				: 'no-cache',
			...securityHeaders
		};
		const compressible = type && !type.startsWith('image/png') && type !== types['.woff2'];
		if (compressible && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
			const body = await gzipOf(target.path, stats.mtimeMs);
			response.writeHead(200, {
				...headers,
				'Content-Encoding': 'gzip',
				'Content-Length': body.length,
				Vary: 'Accept-Encoding'
			});
			response.end(request.method === 'HEAD' ? undefined : body);
			return;
		}
		response.writeHead(200, headers);
		if (request.method === 'HEAD') response.end();
		else createReadStream(target.path).pipe(response);
	});
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const { values } = parseArgs({
		options: {
			root: { type: 'string', default: 'build' },
			port: { type: 'string', default: process.env.PORT ?? '4173' },
			host: { type: 'string', default: '127.0.0.1' }
		}
	});
	const server = createSiteServer({ root: values.root });
	server.listen(Number(values.port), values.host, () => {
		console.log(`Waymark is running at http://localhost:${values.port} (press Ctrl+C to stop)`);
	});
}
