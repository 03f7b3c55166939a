import { describe, expect, it } from 'vitest';
import { generateDataKey } from '$lib/crypto/key-wrap';
import { kindTagger, ownerTagger } from '$lib/crypto/kind-tag';

describe('kind tags', () => {
	it('gives each kind one stable tag per journal, and different tags in another journal', () => {
		const key = generateDataKey();
		const tag = kindTagger(key);
		expect(tag('journal-entry')).toBe(kindTagger(key.slice())('journal-entry'));
		expect(tag('journal-entry')).not.toBe(tag('goal'));
		expect(kindTagger(generateDataKey())('journal-entry')).not.toBe(tag('journal-entry'));
	});

	it('reveals nothing of the kind name: 22 base64url characters', () => {
		const value = kindTagger(generateDataKey())('crisis-plan');
		expect(value).toMatch(/^[A-Za-z0-9_-]{22}$/);
		expect(value).not.toContain('crisis');
	});

	it("tags a record's earlier versions with a key of their own, never as the id or a kind's tag", () => {
		const key = generateDataKey();
		const owner = ownerTagger(key);
		const id = 'q0Vx3cWm1bT9sZr7nYp2aA';
		expect(owner(id)).toBe(ownerTagger(key.slice())(id));
		expect(owner(id)).toMatch(/^[A-Za-z0-9_-]{22}$/);
		expect(owner(id)).not.toBe(id);
		expect(owner(id)).not.toBe(kindTagger(key)(id));
		expect(owner(id)).not.toBe(owner('another record'));
		expect(ownerTagger(generateDataKey())(id)).not.toBe(owner(id));
	});
});
