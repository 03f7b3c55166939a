import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { relayApp, maxSummaryBytes } from '../../relay/src/app.js';
import { openDatabase, type Database } from '../../relay/src/database.js';
import { migrate } from '../../relay/src/migrate.js';
import { addressKey } from '../../relay/src/relay.js';
import { day, rememberEndedFor, sha256, sweep } from '../../relay/src/shares.js';

// The relay through its HTTP face, on PGlite in memory and, when RELAY_TEST_DATABASE_URL names
// one (.ci/run starts a throwaway cluster), on a real PostgreSQL too.

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const random = (n: number) => new Uint8Array(randomBytes(n));

const databases: [string, () => Database][] = [['PGlite', () => openDatabase({})]];
if (process.env.RELAY_TEST_DATABASE_URL)
	databases.push(['PostgreSQL', () => openDatabase({ url: process.env.RELAY_TEST_DATABASE_URL! })]);

describe.each(databases)('the relay on %s', (_name, open) => {
	let db: Database;
	let clock = Date.UTC(2026, 11, 1, 12);
	const limits = { create: 1000, open: 1000, manage: 1000 };
	let app: ReturnType<typeof relayApp>;

	beforeAll(async () => {
		db = open();
		// A shared server keeps tables from an earlier run: each run starts from none.
		await db.exec('DROP TABLE IF EXISTS shares, relay_migrations');
		await migrate(db);
		app = relayApp({ db, now: () => clock, limits });
	}, 60_000);
	afterAll(() => db.close());

	const post = async (path: string, body: unknown, headers: Record<string, string> = {}) =>
		app.request(path, {
			method: 'POST',
			headers: { 'content-type': 'application/json', ...headers },
			body: typeof body === 'string' ? body : JSON.stringify(body)
		});

	/** A share as the phone makes one; returns its id and secrets. */
	async function share(terms: { days?: number; viewLimit?: number; pin?: boolean } = {}) {
		const ciphertext = random(2000);
		const manage = random(32);
		const proof = random(32);
		const response = await post('/api/shares', {
			ciphertext: b64(ciphertext),
			days: terms.days ?? 14,
			viewLimit: terms.viewLimit ?? null,
			pinVerifier: terms.pin ? b64(sha256(proof)) : null,
			manageHash: b64(sha256(manage))
		});
		expect(response.status).toBe(201);
		const { id } = (await response.json()) as { id: string };
		return { id, ciphertext, manage, proof };
	}
	const openIt = (id: string, pin?: Uint8Array) =>
		post(`/api/shares/${id}/open`, pin ? { pin: b64(pin) } : {});
	const status = (id: string, manage: Uint8Array) =>
		app.request(`/api/shares/${id}`, { headers: { authorization: `Bearer ${b64(manage)}` } });

	it('answers that it is there', async () => {
		const response = await app.request('/api/health');
		expect(await response.json()).toMatchObject({ ok: true, maxSummaryBytes, maxDays: 90 });
	});

	it('keeps a share and hands back exactly what was sealed, counting each open', async () => {
		const { id, ciphertext, manage } = await share();
		expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
		for (let n = 0; n < 2; n++) {
			const response = await openIt(id);
			expect(response.status).toBe(200);
			const body = (await response.json()) as { ciphertext: string; expiresAt: number };
			expect(body.ciphertext).toBe(b64(ciphertext));
			expect(body.expiresAt).toBe(clock + 14 * day);
		}
		expect(await (await status(id, manage)).json()).toEqual({
			createdAt: clock,
			expiresAt: clock + 14 * day,
			views: 2,
			viewLimit: null,
			lastOpenedAt: clock,
			ended: null
		});
	});

	it('stops at its expiry, and drops the content', async () => {
		const { id, manage } = await share({ days: 1 });
		clock += day;
		const response = await openIt(id);
		expect(response.status).toBe(410);
		expect(await response.json()).toEqual({ error: 'expired' });
		expect((await (await status(id, manage)).json()) as object).toMatchObject({ ended: 'expired' });
		const [row] = await db.query<{ ciphertext: unknown }>(
			'SELECT ciphertext FROM shares WHERE id = $1',
			[id]
		);
		expect(row.ciphertext).toBeNull();
	});

	it('stops at once when the person takes it back, and only with their secret', async () => {
		const { id, manage } = await share();
		const wrong = await app.request(`/api/shares/${id}`, {
			method: 'DELETE',
			headers: { authorization: `Bearer ${b64(random(32))}` }
		});
		expect(wrong.status).toBe(404);
		expect((await openIt(id)).status).toBe(200);
		const revoked = await app.request(`/api/shares/${id}`, {
			method: 'DELETE',
			headers: { authorization: `Bearer ${b64(manage)}` }
		});
		expect(revoked.status).toBe(204);
		const after = await openIt(id);
		expect(after.status).toBe(410);
		expect(await after.json()).toEqual({ error: 'revoked' });
		expect((await (await status(id, manage)).json()) as object).toMatchObject({
			ended: 'revoked',
			views: 1
		});
	});

	it('says whether a link still opens without counting a view or handing anything out', async () => {
		const { id, manage } = await share({ viewLimit: 1 });
		const state = (at: string) => app.request(`/api/shares/${at}/state`);
		const live = await state(id);
		expect(live.status).toBe(200);
		expect(await live.json()).toEqual({ live: true, expiresAt: clock + 14 * day });
		expect((await (await status(id, manage)).json()) as object).toMatchObject({ views: 0 });
		expect((await openIt(id)).status).toBe(200);
		const used = await state(id);
		expect(used.status).toBe(410);
		expect(await used.json()).toEqual({ error: 'used_up' });
		expect((await state(b64(random(16)))).status).toBe(404);
		expect((await state('not-an-id')).status).toBe(404);
	});

	it('opens as many times as its view limit allows, then says it is used up', async () => {
		const { id } = await share({ viewLimit: 2 });
		expect((await openIt(id)).status).toBe(200);
		expect((await openIt(id)).status).toBe(200);
		const third = await openIt(id);
		expect(third.status).toBe(410);
		expect(await third.json()).toEqual({ error: 'used_up' });
	});

	it('asks for the PIN, counts wrong ones, and locks after the fifth', async () => {
		const { id, proof } = await share({ pin: true });
		const asked = await openIt(id);
		expect(asked.status).toBe(401);
		expect(await asked.json()).toEqual({ error: 'pin', triesLeft: 5 });
		// The right PIN opens it, and does not use up a try.
		expect((await openIt(id, proof)).status).toBe(200);
		for (const left of [4, 3, 2, 1]) {
			const wrong = await openIt(id, random(32));
			expect(wrong.status).toBe(401);
			expect(await wrong.json()).toEqual({ error: 'pin', triesLeft: left });
		}
		const fifth = await openIt(id, random(32));
		expect(fifth.status).toBe(410);
		expect(await fifth.json()).toEqual({ error: 'locked' });
		// Locked even for the right PIN, and the content is gone.
		expect(await (await openIt(id, proof)).json()).toEqual({ error: 'locked' });
		const [row] = await db.query<{ ciphertext: unknown }>(
			'SELECT ciphertext FROM shares WHERE id = $1',
			[id]
		);
		expect(row.ciphertext).toBeNull();
	});

	it('counts five wrong PINs sent at once exactly: locked, none lost', async () => {
		const { id } = await share({ pin: true });
		const answers = await Promise.all(
			Array.from(
				{ length: 8 },
				async () =>
					(await (await openIt(id, random(32))).json()) as { error: string; triesLeft?: number }
			)
		);
		const left = answers
			.filter((a) => a.error === 'pin')
			.map((a) => a.triesLeft)
			.sort();
		expect(left).toEqual([1, 2, 3, 4]);
		expect(answers.filter((a) => a.error === 'locked')).toHaveLength(4);
	});

	it('counts opens at the same moment exactly, with no lost update', async () => {
		const { id, manage } = await share({ viewLimit: 10 });
		const statuses = await Promise.all(
			Array.from({ length: 30 }, () => openIt(id).then((r) => r.status))
		);
		expect(statuses.filter((s) => s === 200)).toHaveLength(10);
		expect(statuses.filter((s) => s === 410)).toHaveLength(20);
		expect((await (await status(id, manage)).json()) as object).toMatchObject({
			views: 10,
			ended: 'used_up'
		});
	});

	it('opens many shares at once in few statements, each with its own answer', async () => {
		const plain = await Promise.all(Array.from({ length: 12 }, () => share()));
		const pinned = await Promise.all(Array.from({ length: 4 }, () => share({ pin: true })));
		const once = await share({ viewLimit: 1 });
		const statements = vi.spyOn(db, 'query');
		const answers = await Promise.all([
			...plain.map((s) => openIt(s.id)),
			...pinned.map((s, i) => openIt(s.id, i % 2 ? s.proof : random(32))),
			// The same share twice at once: two views, each counted.
			openIt(plain[0].id),
			// A last view asked for twice at once: one has it, the other hears it is used up.
			openIt(once.id),
			openIt(once.id)
		]);
		const opens = statements.mock.calls.filter(([sql]) => sql.includes('unnest'));
		statements.mockRestore();
		expect(opens.length).toBeGreaterThan(0);
		expect(opens.length).toBeLessThanOrEqual(3);
		const bodies = await Promise.all(
			answers.map((a) => a.json() as Promise<Record<string, unknown>>)
		);
		plain.forEach((s, i) => expect(bodies[i].ciphertext).toBe(b64(s.ciphertext)));
		pinned.forEach((s, i) =>
			expect(bodies[12 + i]).toEqual(
				i % 2
					? { ciphertext: b64(s.ciphertext), expiresAt: expect.any(Number) }
					: { error: 'pin', triesLeft: 4 }
			)
		);
		expect(bodies[16].ciphertext).toBe(b64(plain[0].ciphertext));
		// Which of the two comes first is up to the database: two statements run at once.
		const lastView = [17, 18].map((i) => ({ status: answers[i].status, body: bodies[i] }));
		expect(lastView.map((a) => a.status).toSorted()).toEqual([200, 410]);
		expect(lastView.find((a) => a.status === 200)!.body.ciphertext).toBe(b64(once.ciphertext));
		expect(lastView.find((a) => a.status === 410)!.body).toEqual({ error: 'used_up' });
		expect((await (await status(plain[0].id, plain[0].manage)).json()) as object).toMatchObject({
			views: 2
		});
	});

	it('says "not found" alike for an id never made, a guessed one and a malformed one', async () => {
		const answers = await Promise.all(
			[b64(random(16)), 'AAAAAAAAAAAAAAAAAAAAAA', 'x', '../../etc'].map(async (id) => {
				const response = await openIt(encodeURIComponent(id));
				return [response.status, await response.json()];
			})
		);
		for (const answer of answers) expect(answer).toEqual([404, { error: 'not_found' }]);
		expect((await status(b64(random(16)), random(32))).status).toBe(404);
	});

	it('refuses a summary over the size limit, and malformed requests, keeping nothing', async () => {
		const before = await db.query('SELECT id FROM shares');
		const terms = { days: 14, manageHash: b64(random(32)) };
		const tooBig = await post('/api/shares', {
			...terms,
			ciphertext: b64(random(maxSummaryBytes + 1))
		});
		expect([400, 413]).toContain(tooBig.status);
		const wayTooBig = await post('/api/shares', {
			...terms,
			ciphertext: 'A'.repeat(2 * maxSummaryBytes)
		});
		expect(wayTooBig.status).toBe(413);
		const malformed = [
			'{not json',
			'[]',
			{ ...terms },
			{ ...terms, ciphertext: '' },
			{ ...terms, ciphertext: 'not base64!' },
			{ ...terms, ciphertext: 'AB' }, // stray bits: not canonical base64url
			{ ...terms, ciphertext: b64(random(10)), days: 0 },
			{ ...terms, ciphertext: b64(random(10)), days: 91 },
			{ ...terms, ciphertext: b64(random(10)), days: 1.5 },
			{ ...terms, ciphertext: b64(random(10)), viewLimit: 0 },
			{ ...terms, ciphertext: b64(random(10)), pinVerifier: b64(random(31)) },
			{ ...terms, ciphertext: b64(random(10)), manageHash: 'short' }
		];
		for (const body of malformed)
			expect((await post('/api/shares', body)).status, JSON.stringify(body).slice(0, 60)).toBe(400);
		expect(await db.query('SELECT id FROM shares')).toEqual(before);
	});

	it('refuses an open whose body is not the JSON asked for, counting no view', async () => {
		const { id, manage } = await share();
		for (const body of ['{not json', 'pin=1'])
			expect((await post(`/api/shares/${id}/open`, body)).status).toBe(400);
		const plain = await app.request(`/api/shares/${id}/open`, { method: 'POST', body: '{}' });
		expect(plain.status).toBe(400);
		expect((await (await status(id, manage)).json()) as object).toMatchObject({ views: 0 });
	});

	it('marks every answer, refusals included, as not to be stored, sniffed or referred', async () => {
		const { id } = await share();
		const answers = [
			await app.request('/api/health'),
			await openIt(id),
			await openIt(b64(random(16))),
			await post('/api/shares', '{not json'),
			await post('/api/shares', {}, { 'sec-fetch-site': 'cross-site' }),
			await app.request('/api/nothing-here')
		];
		expect(answers.map((a) => a.status)).toEqual([200, 200, 404, 400, 403, 404]);
		for (const answer of answers)
			expect({
				cache: answer.headers.get('cache-control'),
				sniff: answer.headers.get('x-content-type-options'),
				referrer: answer.headers.get('referrer-policy')
			}).toEqual({ cache: 'no-store', sniff: 'nosniff', referrer: 'no-referrer' });
	});

	it('refuses requests made from another site', async () => {
		const response = await post('/api/shares', {}, { 'sec-fetch-site': 'cross-site' });
		expect(response.status).toBe(403);
	});

	it('forgets a share altogether a while after it ended', async () => {
		const { id, manage } = await share({ days: 1 });
		clock += day + rememberEndedFor;
		await sweep(db, clock);
		expect((await status(id, manage)).status).toBe(404);
		expect((await openIt(id)).status).toBe(404);
	});

	it('applies each migration once, however often it starts', async () => {
		expect(await migrate(db)).toEqual([]);
	});
});

describe('rate limits', () => {
	it('answer a client over its limit with 429 and when to come back', async () => {
		// Counted before anything is looked up: a malformed id is refused without the database.
		const db = {} as Database;
		const clock = Date.UTC(2026, 11, 1, 12, 0, 30);
		const app = relayApp({ db, now: () => clock, limits: { create: 1000, open: 3, manage: 1000 } });
		const open = () => app.request('/api/shares/x/open', { method: 'POST' });
		for (let n = 0; n < 3; n++) expect((await open()).status).toBe(404);
		const over = await open();
		expect(over.status).toBe(429);
		expect(over.headers.get('retry-after')).toBe('30');
		expect(await over.json()).toEqual({ error: 'too_many_requests', retryAfter: 30 });
		expect(over.headers.get('cache-control')).toBe('no-store');
	});
});

describe('a database that is away', () => {
	it('answers "unavailable", and logs the fault without the request', async () => {
		const away = () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432'));
		const db = { query: away, exec: away, transaction: away } as unknown as Database;
		const app = relayApp({ db, limits: { create: 1000, open: 1000, manage: 1000 } });
		const id = b64(random(16));
		const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
		try {
			const response = await app.request(`/api/shares/${id}/open`, { method: 'POST' });
			expect(response.status).toBe(503);
			expect(await response.json()).toEqual({ error: 'unavailable' });
			expect(response.headers.get('cache-control')).toBe('no-store');
			expect(logged.mock.calls.flat().join(' ')).toContain('ECONNREFUSED');
			expect(logged.mock.calls.flat().join(' ')).not.toContain(id);
		} finally {
			logged.mockRestore();
		}
	});
});

describe('client addresses', () => {
	it('count an IPv6 client by its /64, and an IPv4 one as itself', () => {
		expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
		expect(addressKey('2001:db8:1:2:ffff:1:2:3')).toBe('2001:db8:1:2::/64');
		expect(addressKey('::1')).toBe('0:0:0:0::/64');
		expect(addressKey('::ffff:192.0.2.7')).toBe('192.0.2.7');
		expect(addressKey('192.0.2.7')).toBe('192.0.2.7');
	});
});
