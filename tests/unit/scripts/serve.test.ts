import { mkdtemp, mkdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	headersFile,
	joinPolicies,
	metaPolicy,
	securityHeaders,
	writeHeadersFile
} from '../../../scripts/security-headers.js';
import { createSiteServer, route } from '../../../scripts/serve.js';

describe('route', () => {
	const root = '/srv/site';

	it('serves files that exist under the site', () => {
		expect(route(root, '/_app/immutable/app.js')).toEqual({
			kind: 'file',
			path: '/srv/site/_app/immutable/app.js'
		});
		expect(route(root, '/')).toEqual({ kind: 'file', path: '/srv/site/index.html' });
	});

	it('answers app routes with their prerendered page, or else the single-page fallback', () => {
		expect(route(root, '/settings')).toEqual({
			kind: 'page',
			path: '/srv/site/settings.html',
			fallback: '/srv/site/200.html'
		});
	});

	it('refuses paths that climb out of the site, however they are spelt', () => {
		for (const path of [
			'/../etc/passwd',
			'/%2e%2e/etc/passwd',
			'/a/%2E%2E/%2E%2E/etc/passwd.txt',
			'/..%2fetc%2fpasswd'
		])
			expect(route(root, path)).toEqual({ kind: 'not-found' });
	});

	it('answers the site folder itself with the fallback, never a file beside it', () => {
		for (const path of ['/%2F.', '/a/%2F..'])
			expect(route(root, path)).toEqual({
				kind: 'page',
				path: '/srv/site/200.html',
				fallback: '/srv/site/200.html'
			});
	});

	it('refuses malformed encodings and NUL bytes', () => {
		expect(route(root, '/%E0%A4%A')).toEqual({ kind: 'not-found' });
		expect(route(root, '/a%00.js')).toEqual({ kind: 'not-found' });
	});
});

describe('site server', () => {
	let dir: string;
	let base: string;
	let server: ReturnType<typeof createSiteServer>;

	beforeAll(async () => {
		dir = await mkdtemp(join(tmpdir(), 'waymark-serve-'));
		await mkdir(join(dir, '_app/immutable'), { recursive: true });
		await writeFile(join(dir, 'index.html'), '<!doctype html><title>welcome</title>');
		await writeFile(join(dir, '200.html'), '<!doctype html><title>shell</title>');
		await writeFile(join(dir, 'view.html'), '<!doctype html><title>view</title>');
		await writeFile(join(dir, '_app/immutable/app.js'), 'export const a = 1;'.repeat(50));
		server = createSiteServer({ root: dir });
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});
	afterAll(async () => {
		await new Promise((resolve) => server.close(resolve));
		await rm(dir, { recursive: true });
	});

	it('answers an app route with the shell page and the security headers', async () => {
		const response = await fetch(`${base}/settings`);
		expect(response.status).toBe(200);
		expect(await response.text()).toContain('<title>shell</title>');
		expect(response.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
		expect(response.headers.get('referrer-policy')).toBe('no-referrer');
		expect(response.headers.get('cache-control')).toBe('no-cache');
	});

	it('answers / and a prerendered route with their own pages', async () => {
		expect(await (await fetch(`${base}/`)).text()).toContain('<title>welcome</title>');
		expect(await (await fetch(`${base}/view`)).text()).toContain('<title>view</title>');
		expect(await (await fetch(`${base}/view?x=1`)).text()).toContain('<title>view</title>');
	});

	it('answers a missing script with 404, not the shell page', async () => {
		const response = await fetch(`${base}/_app/immutable/gone.js`);
		expect(response.status).toBe(404);
	});

	it('gzips text and caches hashed assets for good', async () => {
		const response = await fetch(`${base}/_app/immutable/app.js`, {
			headers: { 'accept-encoding': 'gzip' }
		});
		expect(response.headers.get('cache-control')).toContain('immutable');
		expect(response.headers.get('content-type')).toContain('text/javascript');
		// fetch decodes gzip itself; the smaller Content-Length shows it was compressed.
		expect(Number(response.headers.get('content-length'))).toBeLessThan(950);
		expect(await response.text()).toBe('export const a = 1;'.repeat(50));
	});

	it('refuses methods other than GET and HEAD', async () => {
		expect((await fetch(`${base}/`, { method: 'POST' })).status).toBe(405);
	});

	it('hands every address under /api/ to the relay when it serves one, and only those', async () => {
		const withRelay = createSiteServer({
			root: dir,
			api: (request, response) =>
				response
					.writeHead(201, { 'content-type': 'application/json' })
					.end(JSON.stringify({ method: request.method, url: request.url }))
		});
		await new Promise<void>((resolve) => withRelay.listen(0, '127.0.0.1', resolve));
		const at = `http://127.0.0.1:${(withRelay.address() as AddressInfo).port}`;
		try {
			const answer = await fetch(`${at}/api/shares`, { method: 'POST' });
			expect(answer.status).toBe(201);
			expect(await answer.json()).toEqual({ method: 'POST', url: '/api/shares' });
			expect(await (await fetch(`${at}/apiary`)).text()).toContain('<title>shell</title>');
		} finally {
			await new Promise((resolve) => withRelay.close(resolve));
		}
	});
});

describe('security headers', () => {
	const policy =
		"default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='; base-uri 'none'";
	const page = `<!doctype html><meta http-equiv="content-security-policy" content="${policy}"><title>app</title>`;
	let dir: string;
	let base: string;
	let server: ReturnType<typeof createSiteServer>;

	beforeAll(async () => {
		dir = await mkdtemp(join(tmpdir(), 'waymark-headers-'));
		await mkdir(join(dir, '_app/immutable/workers'), { recursive: true });
		await writeFile(join(dir, 'index.html'), page);
		await writeFile(join(dir, 'sw.js'), 'self.skipWaiting();');
		await writeFile(join(dir, '_app/immutable/workers/kdf.worker-1.js'), 'onmessage = () => {};');
		server = createSiteServer({ root: dir });
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});
	afterAll(async () => {
		await new Promise((resolve) => server.close(resolve));
		await rm(dir, { recursive: true });
	});

	it('joins the policies of several pages, each source once, in the order first met', () => {
		expect(
			joinPolicies([
				"default-src 'self'; script-src 'self' 'sha256-a='",
				undefined,
				"script-src 'self' 'sha256-b='; style-src 'self' 'sha256-c='"
			])
		).toBe(
			"default-src 'self'; script-src 'self' 'sha256-a=' 'sha256-b='; style-src 'self' 'sha256-c='"
		);
		expect(joinPolicies([undefined])).toBeUndefined();
	});

	it("reads the policy from the page's meta tag", () => {
		expect(metaPolicy(page)).toBe(policy);
		expect(metaPolicy('<!doctype html><title>none</title>')).toBeUndefined();
	});

	it("sends the page's policy with frame-ancestors on every response, workers and sw.js too", async () => {
		for (const path of [
			'/',
			'/settings',
			'/sw.js',
			'/_app/immutable/workers/kdf.worker-1.js',
			'/gone.js'
		]) {
			const response = await fetch(`${base}${path}`);
			expect(response.headers.get('content-security-policy'), path).toBe(
				`${policy}; frame-ancestors 'none'`
			);
			expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
			expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
			expect(response.headers.get('permissions-policy'), path).toContain('microphone=(self)');
			expect(response.headers.get('permissions-policy'), path).toContain('camera=()');
		}
	});

	it('sends the policy of the page as it is now, after a new build replaces it', async () => {
		const next = policy.replace('abc=', 'xyz=');
		await writeFile(join(dir, 'index.html'), page.replace(policy, next));
		// A later modification time, as a new build would have.
		const later = new Date(Date.now() + 5_000);
		await utimes(join(dir, 'index.html'), later, later);
		const response = await fetch(`${base}/sw.js`);
		expect(response.headers.get('content-security-policy')).toBe(`${next}; frame-ancestors 'none'`);
		await writeFile(join(dir, 'index.html'), page);
	});

	it("joins every page's hashes into the one header, so each page runs under it", async () => {
		const viewPolicy = "default-src 'self'; style-src 'self' 'sha256-view='";
		await writeFile(join(dir, 'view.html'), page.replace(policy, viewPolicy));
		try {
			const response = await fetch(`${base}/view`);
			expect(response.headers.get('content-security-policy')).toBe(
				"default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='; base-uri 'none'; " +
					"style-src 'self' 'sha256-view='; frame-ancestors 'none'"
			);
		} finally {
			await rm(join(dir, 'view.html'));
		}
	});

	it('writes the same headers into a _headers file for static hosts', () => {
		const headers = securityHeaders(policy);
		const file = headersFile(headers);
		const lines = file.split('\n');
		expect(lines[0]).toBe('/*');
		for (const [name, value] of Object.entries(headers))
			expect(lines).toContain(`  ${name}: ${value}`);
		expect(file).toContain(`  Content-Security-Policy: ${policy}; frame-ancestors 'none'`);
	});

	it("writes _headers into the build from the built page's policy", async () => {
		const plugin = writeHeadersFile(dir);
		const closeBundle = plugin.closeBundle as { handler: (this: unknown) => Promise<void> };
		await closeBundle.handler.call({ error: (message: string) => expect.fail(message) });
		const written = await readFile(join(dir, '_headers'), 'utf8');
		expect(written).toBe(headersFile(securityHeaders(policy)));
		expect(written).toContain("'sha256-abc='");
		// Hosts that read _redirects draw unknown addresses from the fallback, not the welcome.
		expect(await readFile(join(dir, '_redirects'), 'utf8')).toBe('/* /200.html 200\n');
	});
});
