import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeBase64url } from '$lib/crypto/base64url';
import { randomBytes, utf8 } from '$lib/crypto/bytes';
import { seal } from '$lib/crypto/secretbox';
import { deflate } from '$lib/share/deflate';
import {
	ShareLinkAlteredError,
	ShareLinkDamagedError,
	ShareLinkExpiredError,
	ShareLinkPinError,
	ShareLinkVersionError
} from '$lib/share/errors';
import { createShareLink, openShareLink, readShareLink } from '$lib/share/share-link';
import * as v from 'valibot';
import { fitSummary, summarySchema, type Summary, type SummaryBlock } from '$lib/share/summary';

const created = Date.UTC(2026, 10, 30, 12);
const day = 24 * 60 * 60 * 1000;

function summary(sections: Summary['s'] = [], extra: Partial<Summary> = {}): Summary {
	return {
		v: 1,
		kind: 'summary',
		name: 'Jo',
		created,
		expires: created + 14 * day,
		s: sections,
		...extra
	};
}

const small = summary([
	{ id: 'strengths', title: 'My strengths', b: [{ k: 'ul', i: ['Patient', 'Good with bikes'] }] }
]);

/** Reads and opens as the view does. */
async function view(fragment: string, pin = '', now = created + day) {
	return openShareLink(readShareLink(fragment), pin, now);
}

// Text of every awkward kind: markup, right-to-left, emoji with joiners, controls, lone quotes.
const hostile = fc.oneof(
	fc.string({ unit: 'grapheme', maxLength: 60 }),
	fc.constantFrom(
		'<script>alert(1)</script>',
		'<img src=x onerror=alert(1)>',
		'"><svg onload=alert(1)>',
		'مرحبا بالعالم \u202Eevil\u202C',
		'👩🏽‍🦱 family: 👨‍👩‍👧‍👦 ✨',
		'line one\nline two\r\n\ttabbed',
		'{"v":2}',
		'\u0000\u0007'
	)
);
const block: fc.Arbitrary<SummaryBlock> = fc.oneof(
	fc.record({ k: fc.constant('h' as const), t: hostile }),
	fc.record({ k: fc.constant('p' as const), t: hostile }),
	fc.record({ k: fc.constant('note' as const), t: hostile }),
	fc.record({ k: fc.constant('ul' as const), i: fc.array(hostile, { maxLength: 5 }) }),
	fc.record({
		k: fc.constant('parts' as const),
		i: fc.array(fc.array(fc.tuple(hostile, hostile), { maxLength: 3 }), { maxLength: 3 })
	}),
	fc.record({
		k: fc.constant('table' as const),
		cap: hostile,
		c: fc.array(hostile, { maxLength: 3 }),
		r: fc.array(fc.array(hostile, { maxLength: 3 }), { maxLength: 4 })
	})
);
const summaries = fc.record({
	v: fc.constant(1 as const),
	kind: fc.constantFrom('summary' as const, 'review' as const),
	name: hostile,
	created: fc.constant(created),
	expires: fc.integer({ min: created + 2 * day, max: created + 90 * day }),
	s: fc.array(
		fc.record({
			id: fc.constantFrom('about-me', 'goals', 'checkins', 'talk-about'),
			title: hostile,
			b: fc.array(block, { maxLength: 6 })
		}),
		{ maxLength: 5 }
	)
});

describe('share links', () => {
	it('round-trips any summary, every character of its text kept as it was', async () => {
		await fc.assert(
			fc.asyncProperty(summaries, async (s) => {
				const fragment = await createShareLink(s);
				expect(fragment).toMatch(/^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
				expect(await view(fragment)).toEqual(s);
			}),
			{ numRuns: 60 }
		);
	});

	it('keeps a 200,000-character section whole', async () => {
		const long = 'ab👍🏾 '.repeat(20_000).slice(0, 20_000);
		const s = summary([
			{ id: 'about-me', title: 'About me', b: Array(10).fill({ k: 'p', t: long }) }
		]);
		expect(await view(await createShareLink(s))).toEqual(s);
	});

	it('rejects a share link with any one character changed or removed', async () => {
		const fragment = await createShareLink(small);
		const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';
		for (let i = 0; i < fragment.length; i++) {
			const next = alphabet[(alphabet.indexOf(fragment[i]) + 1 + (i % 7)) % alphabet.length];
			const changed = fragment.slice(0, i) + next + fragment.slice(i + 1);
			const removed = fragment.slice(0, i) + fragment.slice(i + 1);
			await expect(view(changed), `changed at ${i}`).rejects.toThrow();
			await expect(view(removed), `removed at ${i}`).rejects.toThrow();
		}
	});

	it('says a link was altered when its box was changed, and damaged when it is not a link', async () => {
		const fragment = await createShareLink(small);
		const [version, data, key] = fragment.split('.');
		const flipped = (data[10] === 'A' ? 'B' : 'A') as string;
		const altered = [version, data.slice(0, 10) + flipped + data.slice(11), key].join('.');
		await expect(view(altered)).rejects.toBeInstanceOf(ShareLinkAlteredError);
		await expect(
			view([version, data.slice(0, Math.floor(data.length / 4) * 4 - 8), key].join('.'))
		).rejects.toBeInstanceOf(ShareLinkAlteredError);
		for (const damaged of [
			'',
			'hello',
			'v1.',
			`v1.${data}`,
			`v1.${data}.${key.slice(0, 20)}`,
			`v1.${data}+.${key}`
		])
			await expect(view(damaged), damaged).rejects.toBeInstanceOf(ShareLinkDamagedError);
	});

	it('refuses a summary past its expiry, and opens it just before', async () => {
		const fragment = await createShareLink(small);
		expect((await view(fragment, '', small.expires - 1)).name).toBe('Jo');
		const error = await view(fragment, '', small.expires).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ShareLinkExpiredError);
		expect((error as ShareLinkExpiredError).expires).toBe(small.expires);
	});

	it('refuses a link or a summary from a newer version', async () => {
		const fragment = await createShareLink(small);
		await expect(view(fragment.replace(/^v1/, 'v2'))).rejects.toBeInstanceOf(ShareLinkVersionError);
		// A newer summary inside a v1 link, sealed as a newer app would.
		const key = randomBytes(32);
		const inner = await deflate(utf8.encode(JSON.stringify({ ...small, v: 2, extra: [] })));
		const newer = `v1.${encodeBase64url(seal(key, inner))}.${encodeBase64url(key)}`;
		await expect(view(newer)).rejects.toBeInstanceOf(ShareLinkVersionError);
	});

	it('refuses well-sealed contents that are not a summary, or inflate past the limit', async () => {
		const key = randomBytes(32);
		const sealedLink = async (bytes: Uint8Array) =>
			`v1.${encodeBase64url(seal(key, bytes))}.${encodeBase64url(key)}`;
		const notSummary = await deflate(utf8.encode(JSON.stringify({ ...small, s: 'nope' })));
		await expect(view(await sealedLink(notSummary))).rejects.toBeInstanceOf(ShareLinkAlteredError);
		await expect(view(await sealedLink(utf8.encode('not deflated')))).rejects.toBeInstanceOf(
			ShareLinkAlteredError
		);
		const bomb = await deflate(new Uint8Array(3 * 1024 * 1024));
		expect(bomb.length).toBeLessThan(10_000);
		await expect(view(await sealedLink(bomb))).rejects.toBeInstanceOf(ShareLinkAlteredError);
	});

	it('refuses dates no viewer could show: an expiry past the end of time, a day that never was', async () => {
		const key = randomBytes(32);
		for (const odd of [{ expires: 1e16 }, { since: '2026-02-31', kind: 'review' }]) {
			const inner = await deflate(utf8.encode(JSON.stringify({ ...small, ...odd })));
			const link = `v1.${encodeBase64url(seal(key, inner))}.${encodeBase64url(key)}`;
			await expect(view(link), JSON.stringify(odd)).rejects.toBeInstanceOf(ShareLinkAlteredError);
		}
	});

	it('fits the longest words a person can write into a summary a viewer accepts', async () => {
		const long = 'x'.repeat(60_000);
		const wide = summary([
			{
				id: 'checkins',
				title: long,
				b: [
					{ k: 'p', t: long },
					{
						k: 'table',
						cap: `Progress on “${'y'.repeat(500)}”`,
						c: Array(21).fill('Scale'),
						r: [Array(21).fill('3')]
					}
				]
			}
		]);
		expect(() => v.parse(summarySchema, wide)).toThrow();
		const fitted = fitSummary(wide);
		expect(v.safeParse(summarySchema, fitted).success).toBe(true);
		expect((fitted.s[0].b[0] as { t: string }).t).toHaveLength(50_000);
		expect((fitted.s[0].b[0] as { t: string }).t.endsWith('…')).toBe(true);
		expect(await view(await createShareLink(fitted))).toEqual(fitted);
	});

	describe('with a PIN', () => {
		it('reads a PIN in one case, as phone keyboards capitalise on their own', async () => {
			const link = readShareLink(await createShareLink(small, 'Tea4Two'));
			expect(await openShareLink(link, ' tea4two ', created)).toEqual(small);
		});

		it('opens with the PIN, and says a wrong PIN is wrong', async () => {
			const fragment = await createShareLink(small, '482916');
			const link = readShareLink(fragment);
			expect(link.needsPin).toBe(true);
			expect(fragment.split('.')).toHaveLength(4);
			await expect(openShareLink(link, '482917', created)).rejects.toBeInstanceOf(
				ShareLinkPinError
			);
			await expect(openShareLink(link, '', created)).rejects.toBeInstanceOf(ShareLinkPinError);
			expect(await openShareLink(link, '482916', created)).toEqual(small);
		});

		it('tells a changed link from a wrong PIN before the PIN is asked for', async () => {
			const fragment = await createShareLink(small, '482916');
			for (let i = 3; i < fragment.length; i++) {
				if (fragment[i] === '.') continue;
				const changed =
					fragment.slice(0, i) + (fragment[i] === 'A' ? 'B' : 'A') + fragment.slice(i + 1);
				expect(() => readShareLink(changed), `changed at ${i}`).toThrow();
			}
			const withoutCheck = fragment.split('.').slice(0, 3).join('.');
			await expect(view(withoutCheck)).rejects.toBeInstanceOf(ShareLinkAlteredError);
		});
	});
});
