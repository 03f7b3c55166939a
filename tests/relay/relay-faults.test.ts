import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { maxSummaryBytes } from '../../relay/src/app.js';
import type { Where } from '../../relay/src/database.js';
import { freshSchema, throwawayCluster } from '../../relay/tools/throwaway-postgres.js';
import {
	b64,
	inParallel,
	json,
	makeShare,
	newShareBody,
	openShare,
	random,
	serveRelay,
	shareStatus,
	type Made
} from './http-relay.js';

// The relay over real HTTP under load, restarted in the middle of it, and with PostgreSQL taken
// away and brought back: every answer is a right one or a plain "unavailable" (or, while nothing
// listens, no connection), and every view is counted exactly once. On PGlite always, and on the
// PostgreSQL named by RELAY_TEST_DATABASE_URL as well.

const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
function shuffled<T>(items: T[]) {
	for (let i = items.length - 1; i > 0; i--) {
		const j = Math.floor(Math.random() * (i + 1));
		[items[i], items[j]] = [items[j], items[i]];
	}
	return items;
}
async function until(done: () => boolean, timeoutMs: number, what: string) {
	const deadline = Date.now() + timeoutMs;
	while (!done()) {
		if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
		await sleep(10);
	}
}

/** One answer, or the connection failing (`status` 0): what a client saw. */
interface Seen {
	kind: 'open' | 'create';
	share?: Made;
	status: number;
	body: Record<string, unknown> | null;
	ms: number;
	sentWhile: string;
}

/** Sends one request and notes what came back, a failed connection included. */
async function see(
	kind: Seen['kind'],
	send: () => Promise<Response>,
	sentWhile: string,
	share?: Made
): Promise<Seen> {
	const started = performance.now();
	try {
		const response = await send();
		const body = (await response.json()) as Record<string, unknown>;
		return {
			kind,
			share,
			status: response.status,
			body,
			ms: performance.now() - started,
			sentWhile
		};
	} catch (error) {
		// Only a connection that failed or was refused: fetch's own TypeError, never an answer.
		expect(error).toBeInstanceOf(TypeError);
		return { kind, share, status: 0, body: null, ms: performance.now() - started, sentWhile };
	}
}

/** Whether an answer is a right one: the share's own content, used up, created, or unavailable. */
function rightAnswer(seen: Seen, limited: Set<Made>) {
	if (seen.status === 0) return true;
	if (seen.status === 503) return seen.body?.error === 'unavailable';
	if (seen.kind === 'create') return seen.status === 201 && typeof seen.body?.id === 'string';
	if (seen.status === 200) return seen.body?.ciphertext === seen.share!.ciphertext;
	return seen.status === 410 && seen.body?.error === 'used_up' && limited.has(seen.share!);
}

/** Clients opening shares in turn (and, one request in five, making one) until `stop()`. */
function steadyLoad(origin: () => string, shares: Made[], clients: number, phase: () => string) {
	const seen: Seen[] = [];
	const made: string[] = [];
	let running = true;
	let turn = 0;
	const client = async () => {
		while (running) {
			const n = turn++;
			const sentWhile = phase();
			const answer =
				n % 5 === 4
					? await see(
							'create',
							() =>
								fetch(`${origin()}/api/shares`, {
									method: 'POST',
									headers: json,
									body: newShareBody().body
								}),
							sentWhile
						)
					: await (async (share) =>
							see('open', () => openShare(origin(), share.id), sentWhile, share))(
							shares[n % shares.length]
						);
			seen.push(answer);
			if (answer.status === 201) made.push(String(answer.body!.id));
			// Nothing listening: a client tries again soon, as a person pressing again would.
			if (answer.status === 0 || answer.status === 503) await sleep(10);
		}
	};
	const all = Promise.all(range(clients).map(client));
	return {
		seen,
		made,
		async stop() {
			running = false;
			await all;
		}
	};
}

/** Every view the relay counted was answered 200 once, and no 200 went uncounted. */
async function expectExactCounts(origin: string, shares: Made[], seen: Seen[]) {
	const statuses = await inParallel(shares, 10, (share) => shareStatus(origin, share));
	const answered = shares.map(
		(share) => seen.filter((s) => s.share === share && s.status === 200).length
	);
	expect(statuses.map((s) => s.views)).toEqual(answered);
	return statuses;
}

const pgUrl = process.env.RELAY_TEST_DATABASE_URL;
const places: [string, () => Promise<{ where: () => Where; cleanup: () => Promise<void> }>][] = [
	[
		'PGlite',
		async () => {
			const dir = mkdtempSync(join(tmpdir(), 'waymark-relay-faults-'));
			return {
				where: () => ({ dataDir: dir }),
				cleanup: async () => rmSync(dir, { recursive: true, force: true })
			};
		}
	]
];
if (pgUrl)
	places.push([
		'PostgreSQL',
		async () => {
			// A schema of its own: the other relay tests drop their tables on the same server.
			const schema = await freshSchema(pgUrl, 'relay_faults');
			return { where: () => ({ url: schema.url }), cleanup: schema.drop };
		}
	]);

describe.each(places)('the relay over HTTP on %s', (_name, prepare) => {
	let place: Awaited<ReturnType<typeof prepare>>;
	// One relay for the tests below, restarted by the second: PGlite's first start in a new
	// folder is the slow part (seconds, more on a busy machine), so it is paid once.
	let relay: Awaited<ReturnType<typeof serveRelay>>;
	const logged: string[] = [];
	beforeAll(async () => {
		place = await prepare();
		// The relay reports a lost database on stderr; kept here, and checked for ids below.
		vi.spyOn(console, 'error').mockImplementation((...args) => void logged.push(args.join(' ')));
		relay = await serveRelay(place.where());
	}, 120_000);
	afterAll(async () => {
		await relay?.stop();
		await relay?.closed();
		vi.restoreAllMocks();
		await place?.cleanup();
	});

	it('answers 200 creates and 500 opens from 50 clients at once, counting every view exactly', async () => {
		const { origin } = relay;
		// 20 shares that allow 10 views each and 20 with no limit, then, all at once: 160 more
		// shares made, 15 opens of each limited share and 10 of each other.
		const limited = await inParallel(range(20), 20, () => makeShare(origin, 10));
		const unlimited = await inParallel(range(20), 20, () => makeShare(origin));
		const tasks = shuffled([
			...range(160).map(() => null),
			...limited.flatMap((share) => range(15).map(() => share)),
			...unlimited.flatMap((share) => range(10).map(() => share))
		]);
		const seen = await inParallel(tasks, 50, (share) =>
			share
				? see('open', () => openShare(origin, share.id), 'load', share)
				: see(
						'create',
						() =>
							fetch(`${origin}/api/shares`, {
								method: 'POST',
								headers: json,
								body: newShareBody().body
							}),
						'load'
					)
		);
		const limitedSet = new Set(limited);
		// Every answer a right one, and none of them "unavailable".
		expect(
			seen.filter((s) => !rightAnswer(s, limitedSet) || s.status === 0 || s.status === 503)
		).toEqual([]);
		const created = seen.filter((s) => s.kind === 'create').map((s) => String(s.body!.id));
		expect(new Set(created).size).toBe(160);
		const opens = (share: Made, status: number) =>
			seen.filter((s) => s.share === share && s.status === status).length;
		for (const share of limited) expect([opens(share, 200), opens(share, 410)]).toEqual([10, 5]);
		for (const share of unlimited) expect(opens(share, 200)).toBe(10);
		const statuses = await expectExactCounts(origin, [...limited, ...unlimited], seen);
		expect(statuses.slice(0, 20).every((s) => s.ended === 'used_up')).toBe(true);
		expect(statuses.slice(20).every((s) => s.ended === null)).toBe(true);
	}, 30_000);

	it('comes back from a restart in the middle of a load with every share and every count', async () => {
		const { port } = relay;
		let origin = relay.origin;
		let phase = 'before';
		const limited = await inParallel(range(8), 8, () => makeShare(origin, 6));
		const unlimited = await inParallel(range(16), 16, () => makeShare(origin));
		const shares = [...limited, ...unlimited];
		const load = steadyLoad(
			() => origin,
			shares,
			20,
			() => phase
		);
		await until(() => load.seen.length >= 120, 15_000, 'the load to get going');

		// Stopped as on SIGTERM, with requests in flight, then started again on the same folder
		// (or database) and port, while the clients keep sending.
		phase = 'stopping';
		const old = relay;
		await old.stop();
		phase = 'away';
		await sleep(250);
		relay = await serveRelay(place.where(), port);
		origin = relay.origin;
		phase = 'after';
		const answeredAfter = () =>
			load.seen.filter((s) => s.sentWhile === 'after' && s.status === 200).length;
		await until(() => answeredAfter() >= 150, 20_000, 'the restarted relay to answer');
		await load.stop();
		await old.closed();

		const limitedSet = new Set(limited);
		expect(load.seen.filter((s) => !rightAnswer(s, limitedSet))).toEqual([]);
		// The gap was met: requests in it found nothing listening, or a database closing.
		expect(load.seen.filter((s) => s.status === 0 || s.status === 503).length).toBeGreaterThan(0);
		expect(load.seen.some((s) => s.sentWhile === 'before' && s.status === 200)).toBe(true);

		const statuses = await expectExactCounts(origin, shares, load.seen);
		// Each limited share was opened past its limit: exactly its six views, then used up.
		for (const status of statuses.slice(0, 8))
			expect(status).toMatchObject({ views: 6, ended: 'used_up' });
		// Every share made before the restart still opens, and every one made in the load is kept.
		for (const share of unlimited) {
			const response = await openShare(origin, share.id);
			expect(response.status).toBe(200);
			expect(((await response.json()) as { ciphertext: string }).ciphertext).toBe(share.ciphertext);
		}
		const kept = await inParallel(
			load.made,
			10,
			async (id) => (await fetch(`${origin}/api/shares/${id}/state`)).status
		);
		expect(kept.length).toBeGreaterThan(0);
		expect(kept.every((status) => status === 200)).toBe(true);
	}, 30_000);

	it('refuses a body over the limit, its length declared or not, keeping nothing', async () => {
		const { origin, db } = relay;
		const [{ count: before }] = await db.query<{ count: string }>('SELECT count(*) FROM shares');
		const tooBig = JSON.stringify({
			ciphertext: 'A'.repeat(2 * maxSummaryBytes),
			days: 14,
			viewLimit: null,
			pinVerifier: null,
			manageHash: b64(random(32))
		});
		const declared = await fetch(`${origin}/api/shares`, {
			method: 'POST',
			headers: json,
			body: tooBig
		});
		// Sent in chunks with no length given: counted as it streams in.
		const bytes = new TextEncoder().encode(tooBig);
		const streamed = await fetch(`${origin}/api/shares`, {
			method: 'POST',
			headers: json,
			body: new ReadableStream({
				start(controller) {
					for (let at = 0; at < bytes.length; at += 64 * 1024)
						controller.enqueue(bytes.subarray(at, at + 64 * 1024));
					controller.close();
				}
			}),
			duplex: 'half'
		} as RequestInit);
		const open = await fetch(`${origin}/api/shares/${b64(random(16))}/open`, {
			method: 'POST',
			headers: json,
			body: JSON.stringify({ pin: 'A'.repeat(2000) })
		});
		for (const answer of [declared, streamed])
			expect([answer.status, await answer.json()]).toEqual([
				413,
				{ error: 'too_large', maxSummaryBytes }
			]);
		expect([open.status, await open.json()]).toEqual([413, { error: 'too_large' }]);
		const [{ count: after }] = await db.query<{ count: string }>('SELECT count(*) FROM shares');
		expect(after).toBe(before);
	}, 30_000);

	it('logs nothing that names a share', () => {
		// The logging of the tests above: a lost database is said, and no id with it.
		expect(logged.filter((line) => /[A-Za-z0-9_-]{22}/.test(line))).toEqual([]);
	});
});

describe('the relay when PostgreSQL stops and starts again', () => {
	const bin = process.env.RELAY_TEST_PG_BIN;
	let cluster: Awaited<ReturnType<typeof throwawayCluster>> | undefined;
	afterAll(async () => {
		vi.restoreAllMocks();
		await cluster?.remove();
	});

	it('answers "unavailable" within seconds while it is away, and serves again in the same process with exact counts', async (context) => {
		// A cluster of its own (.ci/postgres.sh exports where PostgreSQL's programs are): stopping
		// the shared one would fail the other relay tests running beside this one.
		if (!bin)
			context.skip(
				'RELAY_TEST_PG_BIN is not set: source .ci/postgres.sh to run this on a PostgreSQL it can stop'
			);
		vi.spyOn(console, 'error').mockImplementation(() => {});
		cluster = await throwawayCluster({ bin: bin!, settings: ['fsync=off'] });
		const relay = await serveRelay({ url: cluster.url });
		const { origin } = relay;
		let phase = 'up';
		try {
			const limited = await inParallel(range(4), 4, () => makeShare(origin, 20));
			const unlimited = await inParallel(range(12), 12, () => makeShare(origin));
			const shares = [...limited, ...unlimited];
			const load = steadyLoad(
				() => origin,
				shares,
				10,
				() => phase
			);
			await until(() => load.seen.length >= 80, 15_000, 'the load to get going');

			phase = 'stopping';
			await cluster.stop();
			phase = 'away';
			// Each kind of request, while the database is away: a plain 503, and soon.
			const probes = [
				() => openShare(origin, unlimited[0].id),
				() =>
					fetch(`${origin}/api/shares`, {
						method: 'POST',
						headers: json,
						body: newShareBody().body
					}),
				() => fetch(`${origin}/api/shares/${unlimited[1].id}/state`)
			];
			for (const probe of probes) {
				const answer = await see('open', probe, 'away', unlimited[0]);
				expect([answer.status, answer.body]).toEqual([503, { error: 'unavailable' }]);
				expect(answer.ms).toBeLessThan(5_000);
			}
			await sleep(300);
			phase = 'starting';
			await cluster.start();
			phase = 'back';
			const answeredBack = () =>
				load.seen.filter((s) => s.sentWhile === 'back' && s.status === 200).length;
			await until(() => answeredBack() >= 100, 20_000, 'the relay to serve again');
			await load.stop();

			const limitedSet = new Set(limited);
			// The relay itself never went away: every request had an answer, and a right one.
			expect(load.seen.filter((s) => s.status === 0 || !rightAnswer(s, limitedSet))).toEqual([]);
			const away = load.seen.filter((s) => s.sentWhile === 'away');
			expect(away.length).toBeGreaterThan(0);
			expect(away.every((s) => s.status === 503 && s.ms < 5_000)).toBe(true);
			await expectExactCounts(origin, shares, load.seen);
		} finally {
			await relay.stop();
			await relay.closed();
		}
	}, 30_000);
});
