// Serves the built app (build/) on localhost like a static host would: files as they are, a
// prerendered page by its address (/view is view.html), the SPA fallback (200.html) for the other
// app routes, a real 404 for a missing asset, gzip, and on every response the security headers
// (scripts/security-headers.js). Used by `npm start`, the browser tests and the benchmark.
import { spawnSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { securityHeaders, sitePolicy } from './security-headers.js';

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

/** The page every app route without a prerendered page of its own is drawn from. */
export const fallbackPage = '200.html';

/**
 * What to answer for a URL path: a file inside root, a page (its prerendered .html if there is
 * one, else the SPA fallback), or 404. Paths that would leave root are refused; a missing file
 * with an extension is a 404, not the fallback page, so a stale script URL fails loudly instead
 * of being handed HTML.
 * @param {string} root absolute path of the site
 * @param {string} urlPath the request's path, still percent-encoded
 * @returns {{ kind: 'file', path: string } | { kind: 'page', path: string, fallback: string } | { kind: 'not-found' }}
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
	// The site's own folder (an address like /%2F.) has no page of its own: only the fallback.
	const page = path === root ? join(root, fallbackPage) : `${path}.html`;
	return { kind: 'page', path: page, fallback: join(root, fallbackPage) };
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

/**
 * The file a route is answered with, if it exists: a page falls back to the SPA fallback.
 * @param {ReturnType<typeof route>} target
 */
async function existing(target) {
	if (target.kind === 'not-found') return undefined;
	for (const path of target.kind === 'page' ? [target.path, target.fallback] : [target.path]) {
		const stats = await fileStats(path);
		if (stats) return { path, stats };
	}
	return undefined;
}

/** The names and times of the site's pages, which change when a build replaces them.
 * @param {string} site */
async function pagesVersion(site) {
	const names = (await readdir(site).catch(() => [])).filter((name) => name.endsWith('.html'));
	const times = await Promise.all(
		names.map(async (name) => (await fileStats(join(site, name)))?.mtimeMs)
	);
	return names.map((name, i) => `${name}:${times[i]}`).join(',');
}

/**
 * @param {{ root: string, api?: import('node:http').RequestListener }} options `api` answers
 *   every address under /api/ (the share relay, with `--relay`); without it they are not found.
 */
export function createSiteServer({ root, api }) {
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
	// The pages' policy goes out as a header on every response, workers and sw.js included;
	// read again when a page changes (the update test swaps builds under a running server).
	/** @type {{ version: string, headers: Record<string, string> } | undefined} */
	let cached;
	const headersNow = async () => {
		const version = await pagesVersion(site);
		if (cached?.version === version) return cached.headers;
		cached = { version, headers: securityHeaders((await sitePolicy(site)).policy) };
		return cached.headers;
	};
	return createServer(async (request, response) => {
		if (api && (request.url ?? '').startsWith('/api/')) return api(request, response);
		const securityHeaders = await headersNow();
		if (request.method !== 'GET' && request.method !== 'HEAD') {
			response.writeHead(405, { Allow: 'GET, HEAD', ...securityHeaders }).end();
			return;
		}
		const url = new URL(request.url ?? '/', 'http://localhost');
		const target = await existing(route(site, url.pathname));
		if (!target) {
			response.writeHead(404, { 'Content-Type': types['.txt'], ...securityHeaders });
			response.end('Not found');
			return;
		}
		const { path, stats } = target;
		const type = types[/** @type {keyof typeof types} */ (extname(path))];
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
			const body = await gzipOf(path, stats.mtimeMs);
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
		else createReadStream(path).pipe(response);
	});
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const { values } = parseArgs({
		options: {
			root: { type: 'string', default: 'build' },
			port: { type: 'string', default: process.env.PORT ?? '4173' },
			host: { type: 'string', default: '127.0.0.1' },
			// The share relay beside the app, on one port (`npm start`): compiled by relay:build.
			relay: { type: 'boolean', default: false },
			// Builds the app first (`npm start`): after the relay has its folder, so a second
			// `npm start` is refused before it rebuilds the files the first one serves.
			build: { type: 'boolean', default: false }
		}
	});
	let api;
	/** @type {() => Promise<void>} */
	let stopRelay = async () => {};
	if (values.relay) {
		// Named at run time: relay/dist exists only once relay:build has run.
		const relayModule = new URL('../relay/dist/relay.js', import.meta.url).href;
		const [{ startRelay, whereFromEnvironment }, { getRequestListener }] = await Promise.all([
			import(relayModule),
			import('@hono/node-server')
		]);
		const where = whereFromEnvironment();
		const relay = await startRelay({ where }).catch((/** @type {Error} */ error) => {
			// Another relay on the same embedded folder: said in one line, not as a stack trace.
			if (error?.name !== 'DataFolderInUseError') throw error;
			console.error(error.message);
			process.exit(1);
		});
		api = getRequestListener(relay.app.fetch);
		stopRelay = relay.stop;
		console.log(
			`The share relay answers under /api, its state in ${'url' in where ? 'PostgreSQL' : where.dataDir}.`
		);
	}
	if (values.build) {
		const built = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
		if (built.status !== 0) {
			await stopRelay();
			process.exit(built.status ?? 1);
		}
	}
	const server = createSiteServer({ root: values.root, api });
	server.listen(Number(values.port), values.host, () => {
		console.log(`Waymark is running at http://localhost:${values.port} (press Ctrl+C to stop)`);
	});
	// The relay's embedded database is closed cleanly, so its folder is whole the next time.
	for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM']))
		process.on(signal, () => {
			server.close();
			void stopRelay().finally(() => process.exit(0));
		});
}
