import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { relayApp } from '../../../relay/src/app.js';
import { openDatabase, type Database } from '../../../relay/src/database.js';
import { migrate } from '../../../relay/src/migrate.js';
import {
	RelayDownError,
	ShareLinkDamagedError,
	ShareLinkEndedError,
	ShareLinkExpiredError,
	ShareLinkNotFoundError,
	ShareLinkPinError
} from '$lib/share/errors';
import { openedFragment, readLink } from '$lib/share/read-link';
import { relayHealth, revokeShare, shareState, shareStatus } from '$lib/share/relay-client';
import { createRelayShare, openRelayLink, readRelayLink } from '$lib/share/relay-link';
import type { Summary } from '$lib/share/summary';

// Short links from end to end: the app's own code against the real relay, in memory, with every
// request it sends recorded to show that no key and no word of the summary ever leaves.

const day = 86_400_000;
let clock = Date.UTC(2026, 11, 2, 12);
const summary: Summary = {
	v: 1,
	kind: 'summary',
	name: 'Jo',
	created: clock,
	expires: clock + 14 * day,
	s: [{ id: 'strengths', title: 'My strengths', b: [{ k: 'p', t: 'Patient, good with bikes' }] }]
};

let db: Database;
let sent: string[] = [];
beforeAll(async () => {
	db = openDatabase({});
	await migrate(db);
	const app = relayApp({
		db,
		now: () => clock,
		limits: { create: 1000, open: 1000, manage: 1000 }
	});
	vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
		sent.push(`${url} ${init.headers ? JSON.stringify(init.headers) : ''} ${init.body ?? ''}`);
		return app.request(url, init);
	});
}, 60_000);
afterAll(async () => {
	vi.unstubAllGlobals();
	await db.close();
});
beforeEach(() => {
	sent = [];
});

const terms = { days: 14, viewLimit: null };

describe('short links', () => {
	it('are about a hundred characters, and open to exactly what was shared', async () => {
		const made = await createRelayShare(summary, '', terms);
		expect(made.fragment).toMatch(/^v2\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/);
		expect(`https://waymark.example/view#${made.fragment}`.length).toBeLessThan(110);
		const found = readLink(`#${made.fragment}`);
		expect(found.kind).toBe('short');
		expect(await openRelayLink(readRelayLink(made.fragment), '', clock)).toEqual(summary);
		expect(openedFragment(found)).toBe(`opened.${made.id}`);
		expect(readLink(`#opened.${made.id}`)).toEqual({ kind: 'opened', id: made.id });
	});

	it('never send the key, the PIN or a word of the summary', async () => {
		const made = await createRelayShare(summary, 'Garden42', { days: 3, viewLimit: 2 });
		const key = made.fragment.split('.')[2];
		await openRelayLink(readRelayLink(made.fragment), 'garden42', clock);
		await shareStatus(made.id, made.manageSecret);
		expect(sent.length).toBe(3);
		for (const request of sent) {
			expect(request).not.toContain(key);
			for (const word of ['Patient', 'bikes', 'strengths', 'Jo"', 'garden42', 'Garden42'])
				expect(request).not.toContain(word);
		}
	});

	it('with a PIN: ask for it before fetching, count wrong ones, and lock after the fifth', async () => {
		const made = await createRelayShare(summary, 'garden42', terms);
		const link = readRelayLink(made.fragment);
		expect(link.needsPin).toBe(true);
		await expect(openRelayLink(link, '', clock)).rejects.toBeInstanceOf(ShareLinkPinError);
		expect(sent.length).toBe(1);
		for (const left of [4, 3, 2, 1]) {
			const error = await openRelayLink(link, 'wrong-pin', clock).catch((e) => e);
			expect(error).toBeInstanceOf(ShareLinkPinError);
			expect((error as ShareLinkPinError).triesLeft).toBe(left);
		}
		const locked = await openRelayLink(link, 'wrong-pin', clock).catch((e) => e);
		expect(locked).toBeInstanceOf(ShareLinkEndedError);
		expect((locked as ShareLinkEndedError).code).toBe('link-locked');
		// The right PIN no longer helps: the box is gone.
		await expect(openRelayLink(link, 'garden42', clock)).rejects.toBeInstanceOf(
			ShareLinkEndedError
		);
	}, 30_000);

	it('show the person their opens, and stop at once when they take it back', async () => {
		const made = await createRelayShare(summary, '', { days: 7, viewLimit: null });
		const link = readRelayLink(made.fragment);
		await openRelayLink(link, '', clock);
		const status = await shareStatus(made.id, made.manageSecret);
		expect(status).toMatchObject({ views: 1, lastOpenedAt: clock, ended: null });
		expect(await shareState(made.id)).toBe(clock + 7 * day);
		await revokeShare(made.id, made.manageSecret);
		const error = await openRelayLink(link, '', clock).catch((e) => e);
		expect((error as ShareLinkEndedError).code).toBe('link-revoked');
		await expect(shareState(made.id)).rejects.toBeInstanceOf(ShareLinkEndedError);
		expect((await shareStatus(made.id, made.manageSecret)).views).toBe(1);
	});

	it('say when one has expired, is used up, or never existed', async () => {
		const once = await createRelayShare(summary, '', { days: 1, viewLimit: 1 });
		await openRelayLink(readRelayLink(once.fragment), '', clock);
		const used = await openRelayLink(readRelayLink(once.fragment), '', clock).catch((e) => e);
		expect((used as ShareLinkEndedError).code).toBe('link-used-up');
		const soon = await createRelayShare(summary, '', { days: 1, viewLimit: null });
		clock += day;
		await expect(openRelayLink(readRelayLink(soon.fragment), '', clock)).rejects.toBeInstanceOf(
			ShareLinkExpiredError
		);
		const unknown = readRelayLink(`v2.${'A'.repeat(22)}.${soon.fragment.split('.')[2]}`);
		await expect(openRelayLink(unknown, '', clock)).rejects.toBeInstanceOf(ShareLinkNotFoundError);
	});

	it('refuse a fragment in any other shape as damaged', () => {
		const key = 'A'.repeat(43);
		for (const bad of [
			'v2',
			`v2.${'A'.repeat(21)}.${key}`,
			`v2.${'A'.repeat(22)}.${key.slice(1)}`,
			`v2.${'A'.repeat(22)}.${key}.x`,
			`v2.${'A'.repeat(22)}.${key}.p.p`,
			'opened.short'
		])
			expect(() => readLink(bad), bad).toThrow(ShareLinkDamagedError);
	});
});

describe('without a relay', () => {
	it('a static host answering /api with a page counts as none', async () => {
		vi.stubGlobal(
			'fetch',
			async () => new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } })
		);
		expect(await relayHealth()).toBeNull();
		await expect(shareState('A'.repeat(22))).rejects.toBeInstanceOf(RelayDownError);
		vi.stubGlobal('fetch', async () => {
			throw new TypeError('Failed to fetch');
		});
		expect(await relayHealth()).toBeNull();
		await expect(
			openRelayLink(readRelayLink(`v2.${'A'.repeat(22)}.${'A'.repeat(43)}`), '', clock)
		).rejects.toBeInstanceOf(RelayDownError);
	});
});
