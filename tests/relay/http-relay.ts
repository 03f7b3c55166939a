import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import type { Where } from '../../relay/src/database.js';
import { startRelay } from '../../relay/src/relay.js';

// The relay over real HTTP on loopback, mounted as `npm start` mounts it (scripts/serve.js), for
// the tests that load it, restart it and take its database away.

export const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
export const random = (n: number) => new Uint8Array(randomBytes(n));
const sha256 = (bytes: Uint8Array) => new Uint8Array(createHash('sha256').update(bytes).digest());

/** Limits no test reaches: one address sends everything. */
export const generousLimits = { create: 1_000_000, open: 1_000_000, manage: 1_000_000 };

/** Starts a relay on `where` and serves it on 127.0.0.1 (`port` 0 for any free one). */
export async function serveRelay(where: Where, port = 0) {
	const relay = await startRelay({ where, limits: generousLimits });
	const listener = getRequestListener(relay.app.fetch);
	/** Set by stop(): resolves once every connection has ended. */
	let closed: Promise<void> | undefined;
	// A closed server still answers on the kept-alive connections that were busy as it closed,
	// as long as clients keep sending on them: a restarted relay on the same port would then
	// wait behind the old one's answers. `npm run relay` exits, which ends every connection;
	// here each request that arrives after stop() ends its connection once answered.
	const server = createServer((request, response) => {
		if (closed) response.setHeader('connection', 'close');
		return listener(request, response);
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => resolve());
	});
	const actual = (server.address() as AddressInfo).port;
	return {
		origin: `http://127.0.0.1:${actual}`,
		port: actual,
		db: relay.db,
		/**
		 * As `npm run relay` stops on SIGTERM: no new connections, and the database closed while
		 * requests may still be in flight. Answers already begun are finished (`closed`).
		 */
		async stop() {
			closed = new Promise<void>((resolve) => server.close(() => resolve()));
			await relay.stop();
		},
		/** After stop(): every connection ended, and seen to end by this process's fetch. */
		async closed() {
			server.closeIdleConnections();
			await closed;
			// Else fetch may still send on a kept-alive connection whose end it has not yet read.
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
	};
}

export interface Made {
	id: string;
	ciphertext: string;
	manage: Uint8Array;
}

/** The body of a share as the phone makes one. */
export function newShareBody(viewLimit: number | null = null) {
	const ciphertext = b64(random(1500));
	const manage = random(32);
	const body = JSON.stringify({
		ciphertext,
		days: 14,
		viewLimit,
		pinVerifier: null,
		manageHash: b64(sha256(manage))
	});
	return { body, ciphertext, manage };
}

export const json = { 'content-type': 'application/json' };

/** Makes a share over HTTP; throws unless the relay kept it. */
export async function makeShare(origin: string, viewLimit: number | null = null): Promise<Made> {
	const { body, ciphertext, manage } = newShareBody(viewLimit);
	const response = await fetch(`${origin}/api/shares`, { method: 'POST', headers: json, body });
	if (response.status !== 201) throw new Error(`create answered ${response.status}`);
	const { id } = (await response.json()) as { id: string };
	return { id, ciphertext, manage };
}

/** Opens a share as the worker's page does (an empty JSON object for a share without a PIN). */
export const openShare = (origin: string, id: string) =>
	fetch(`${origin}/api/shares/${id}/open`, { method: 'POST', headers: json, body: '{}' });

/** What the person sees of their share: its view count, and whether it ended. */
export async function shareStatus(origin: string, share: Made) {
	const response = await fetch(`${origin}/api/shares/${share.id}`, {
		headers: { authorization: `Bearer ${b64(share.manage)}` }
	});
	if (response.status !== 200) throw new Error(`status answered ${response.status}`);
	return (await response.json()) as { views: number; ended: string | null };
}

/** Runs `work` on `count` items with at most `clients` at a time. */
export async function inParallel<T, R>(
	items: T[],
	clients: number,
	work: (item: T) => Promise<R>
): Promise<R[]> {
	const results: R[] = new Array(items.length);
	let next = 0;
	const client = async () => {
		while (next < items.length) {
			const index = next++;
			results[index] = await work(items[index]);
		}
	};
	await Promise.all(Array.from({ length: clients }, client));
	return results;
}
