import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { sharedEntrySchema } from '$lib/domain/share-log';

// What I have shared, as the vault keeps it: entries written before short links still open, a
// short link's secret is kept whole, and a field from a later version survives a rewrite.

const before = {
	id: 'a1',
	at: '2026-11-01T10:00:00.000Z',
	updatedAt: '2026-11-01T10:00:00.000Z',
	kind: 'summary',
	sections: ['My goals'],
	expires: Date.UTC(2026, 10, 15),
	pin: false
};
const relay = {
	id: 'A'.repeat(22),
	manage: 'B'.repeat(43),
	fragment: `v2.${'A'.repeat(22)}.${'C'.repeat(43)}`,
	viewLimit: 3
};

describe('the share log', () => {
	it('opens an entry written before short links, with no relay', () => {
		const parsed = v.parse(sharedEntrySchema, before);
		expect(parsed).toEqual(before);
		expect(parsed.relay).toBeUndefined();
	});

	it('keeps a short link’s place and secret exactly, through a rewrite', () => {
		const written = JSON.parse(JSON.stringify(v.parse(sharedEntrySchema, { ...before, relay })));
		expect(v.parse(sharedEntrySchema, written).relay).toEqual(relay);
	});

	it('keeps a field it does not know, so an older version cannot drop a newer one’s', () => {
		const later = { ...before, relay, signed: { by: 'a key' } };
		expect(v.parse(sharedEntrySchema, later)).toEqual(later);
	});

	it('refuses a short link whose id or secret is not in the relay’s shape', () => {
		for (const bad of [
			{ ...relay, id: 'short' },
			{ ...relay, manage: 'B'.repeat(42) },
			{ ...relay, viewLimit: 0 },
			{ ...relay, fragment: 'x'.repeat(201) }
		])
			expect(v.safeParse(sharedEntrySchema, { ...before, relay: bad }).success).toBe(false);
	});
});
