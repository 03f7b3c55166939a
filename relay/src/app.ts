import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Database } from './database.js';
import { RateLimiter, defaultLimits, type Limits } from './rate-limit.js';
import {
	createShare,
	openShare,
	revokeShare,
	sha256,
	shareState,
	shareStatus,
	type NewShare
} from './shares.js';

// The relay's HTTP face, under /api. Same origin as the app, so no CORS: a browser on another
// site can neither read an answer nor (by Sec-Fetch-Site) make one. No request is logged: an id
// and the address that asked for it are never written down together.

export const maxSummaryBytes = 512 * 1024;
export const maxDays = 90;
const maxViewLimit = 1000;
// base64url grows by a third; the rest of a request is small.
const maxBodyBytes = Math.ceil((maxSummaryBytes * 4) / 3) + 4096;

export interface RelayOptions {
	db: Database;
	now?: () => number;
	limits?: Limits;
	/** The client's address: from the socket, or from a proxy the operator trusts. */
	clientAddress?: (c: Context) => string;
}

type Problem =
	| 'bad_request'
	| 'too_large'
	| 'not_found'
	| 'too_many_requests'
	| 'cross_site'
	| 'unavailable'
	| 'expired'
	| 'revoked'
	| 'used_up'
	| 'locked'
	| 'pin';

const problem = (
	c: Context,
	status: 400 | 401 | 403 | 404 | 410 | 413 | 429 | 503,
	error: Problem,
	more = {}
) => c.json({ error, ...more }, status);

/** Strict base64url of exactly or at most so many bytes; null for anything else. */
function decode(value: unknown, { exactly, atMost }: { exactly?: number; atMost?: number }) {
	if (typeof value !== 'string' || !/^[A-Za-z0-9_-]*$/.test(value)) return null;
	const bytes = new Uint8Array(Buffer.from(value, 'base64url'));
	// Refuses non-canonical spellings (stray bits in the last character).
	if (Buffer.from(bytes).toString('base64url') !== value) return null;
	if (exactly !== undefined && bytes.length !== exactly) return null;
	if (atMost !== undefined && (bytes.length === 0 || bytes.length > atMost)) return null;
	return bytes;
}

const shareId = /^[A-Za-z0-9_-]{22}$/;

/**
 * Refuses a body over `maxSize` with `tooLarge`. A declared length is checked as it is, and the
 * body is read later as it stands; only a body of no declared length is counted as it streams
 * in. Hono's bodyLimit asks for the body's stream first in every case, which on Node makes a
 * whole web Request for each one: a quarter of the relay's work on a small open.
 */
const limitBody = (maxSize: number, tooLarge: (c: Context) => Response) => {
	const streamed = bodyLimit({ maxSize, onError: tooLarge });
	return async (c: Context, next: () => Promise<void>) => {
		const length = c.req.header('content-length');
		if (length === undefined || c.req.header('transfer-encoding') !== undefined)
			return streamed(c, next);
		if (!/^\d+$/.test(length) || Number(length) > maxSize) return tooLarge(c);
		await next();
	};
};

/** A whole number from 1 to `max`. */
const whole = (value: unknown, max: number) =>
	Number.isInteger(value) && (value as number) >= 1 && (value as number) <= max;

function newShare(body: unknown): NewShare | null {
	if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
	const {
		ciphertext,
		days,
		viewLimit = null,
		pinVerifier = null,
		manageHash
	} = body as Record<string, unknown>;
	const share = {
		ciphertext: decode(ciphertext, { atMost: maxSummaryBytes }),
		days,
		viewLimit,
		pinVerifier: pinVerifier === null ? null : decode(pinVerifier, { exactly: 32 }),
		manageHash: decode(manageHash, { exactly: 32 })
	};
	if (!share.ciphertext || !share.manageHash) return null;
	if (pinVerifier !== null && !share.pinVerifier) return null;
	if (!whole(days, maxDays) || (viewLimit !== null && !whole(viewLimit, maxViewLimit))) return null;
	return share as NewShare;
}

/**
 * The request's JSON, `empty` for a request with no body, and undefined for anything else (not
 * labelled JSON, or not parsing), which the caller refuses.
 */
async function jsonBody(c: Context, empty?: unknown): Promise<unknown> {
	const text = await c.req.text();
	if (!text) return empty;
	if (!/^application\/json\b/.test(c.req.header('content-type') ?? '')) return undefined;
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

/**
 * The manage secret from `Authorization: Bearer …` (the scheme in any case, as HTTP allows),
 * hashed as the relay keeps it.
 */
function manageHash(c: Context) {
	const secret = decode(c.req.header('authorization')?.match(/^bearer (\S+)$/i)?.[1], {
		exactly: 32
	});
	return secret && sha256(secret);
}

export function relayApp({
	db,
	now = Date.now,
	limits = defaultLimits,
	clientAddress = () => 'unknown'
}: RelayOptions) {
	const app = new Hono();
	const limiter = new RateLimiter(limits, now);
	const limited = (bucket: keyof Limits) => async (c: Context, next: () => Promise<void>) => {
		const wait = limiter.take(bucket, clientAddress(c));
		if (wait) {
			c.header('Retry-After', String(wait));
			return problem(c, 429, 'too_many_requests', { retryAfter: wait });
		}
		await next();
	};

	app.use('*', async (c, next) => {
		// Set before the answer is made, which takes them in; set after, each would copy it whole.
		c.header('Cache-Control', 'no-store');
		c.header('X-Content-Type-Options', 'nosniff');
		c.header('Referrer-Policy', 'no-referrer');
		if (c.req.header('sec-fetch-site') === 'cross-site') return problem(c, 403, 'cross_site');
		await next();
	});

	app.get('/api/health', (c) =>
		c.json({ ok: true, relay: 1, maxSummaryBytes, maxDays, maxViewLimit })
	);

	app.post(
		'/api/shares',
		limited('create'),
		limitBody(maxBodyBytes, (c) => problem(c, 413, 'too_large', { maxSummaryBytes })),
		async (c) => {
			const share = newShare(await jsonBody(c));
			if (!share) return problem(c, 400, 'bad_request');
			const id = await createShare(db, share, now());
			return c.json({ id }, 201);
		}
	);

	app.post(
		'/api/shares/:id/open',
		limited('open'),
		limitBody(1024, (c) => problem(c, 413, 'too_large')),
		async (c) => {
			const id = c.req.param('id') ?? '';
			// An empty body is a share without a PIN; anything else must be the JSON asked for.
			const body = await jsonBody(c, {});
			if (typeof body !== 'object' || body === null) return problem(c, 400, 'bad_request');
			const { pin = null } = body as { pin?: unknown };
			const proof = pin === null ? null : decode(pin, { exactly: 32 });
			if (pin !== null && !proof) return problem(c, 400, 'bad_request');
			if (!shareId.test(id)) return problem(c, 404, 'not_found');
			const opened = await openShare(db, id, proof, now());
			switch (opened.result) {
				case 'opened':
					return c.json({
						ciphertext: Buffer.from(opened.ciphertext).toString('base64url'),
						expiresAt: opened.expiresAt
					});
				case 'ended':
					return problem(c, 410, opened.why);
				case 'pin':
					return problem(c, 401, 'pin', { triesLeft: opened.triesLeft });
				case 'not_found':
					return problem(c, 404, 'not_found');
			}
		}
	);

	// Counts nothing and hands out nothing: only whether the link would still open.
	app.get('/api/shares/:id/state', limited('open'), async (c) => {
		const id = c.req.param('id') ?? '';
		const state = shareId.test(id) ? await shareState(db, id, now()) : null;
		if (!state) return problem(c, 404, 'not_found');
		return state.live ? c.json(state) : problem(c, 410, state.why);
	});

	app.get('/api/shares/:id', limited('manage'), async (c) => {
		const id = c.req.param('id') ?? '';
		const hash = manageHash(c);
		const status = hash && shareId.test(id) ? await shareStatus(db, id, hash, now()) : null;
		return status ? c.json(status) : problem(c, 404, 'not_found');
	});

	app.delete('/api/shares/:id', limited('manage'), async (c) => {
		const id = c.req.param('id') ?? '';
		const hash = manageHash(c);
		const revoked = hash && shareId.test(id) ? await revokeShare(db, id, hash) : false;
		return revoked ? c.body(null, 204) : problem(c, 404, 'not_found');
	});

	app.notFound((c) => problem(c, 404, 'not_found'));
	// The database away (stopped, restarting, unreachable): a plain answer, and nothing of the
	// request in the log.
	app.onError((error, c) => {
		console.error(`relay: ${error.message}`);
		return problem(c, 503, 'unavailable');
	});
	return app;
}
