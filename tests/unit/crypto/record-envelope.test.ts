import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pack, unpack } from '$lib/crypto/bytes';
import { TamperedRecordError } from '$lib/crypto/errors';
import { generateDataKey } from '$lib/crypto/key-wrap';
import { openRecord, sealRecord } from '$lib/crypto/record-envelope';

const key = generateDataKey();
const body = { whoIAm: 'I paint seascapes at dawn', updatedAt: '2026-11-24T09:00:00.000Z' };

describe('record envelope', () => {
	it('round-trips any JSON body', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				const normalised = JSON.parse(JSON.stringify(value));
				expect(openRecord(key, sealRecord(key, 'r1', 'about-me', value))).toEqual(normalised);
			})
		);
	});

	it('keeps every word and field name of the body out of what is stored', () => {
		const stored = sealRecord(key, 'r1', 'about-me', body);
		const raw = stored.ciphertext;
		for (const secret of ['seascapes', 'whoIAm', 'updatedAt', '2026'])
			expect(raw).not.toContain(secret);
		expect(Object.keys(stored)).toEqual(['id', 'kind', 'ciphertext']);
	});

	it('refuses ciphertexts swapped between two records, or moved to another kind', () => {
		const a = sealRecord(key, 'a', 'goal', { text: 'walk to the sea' });
		const b = sealRecord(key, 'b', 'goal', { text: 'call my sister' });
		expect(() => openRecord(key, { ...a, ciphertext: b.ciphertext })).toThrow(TamperedRecordError);
		expect(() => openRecord(key, { ...a, kind: 'check-in' })).toThrow(TamperedRecordError);
	});

	it('refuses a truncated record, any flipped bit, and a record sealed with another key', () => {
		const stored = sealRecord(key, 'r1', 'about-me', body);
		expect(() =>
			openRecord(key, { ...stored, ciphertext: stored.ciphertext.slice(0, 100) })
		).toThrow(TamperedRecordError);
		fc.assert(
			fc.property(fc.integer({ min: 0, max: stored.ciphertext.length * 8 - 1 }), (bit) => {
				const altered = unpack(stored.ciphertext);
				altered[bit >> 3] ^= 1 << (bit & 7);
				expect(() => openRecord(key, { ...stored, ciphertext: pack(altered) })).toThrow(
					TamperedRecordError
				);
			})
		);
		expect(() => openRecord(generateDataKey(), stored)).toThrow(TamperedRecordError);
	});

	it('pads records so short and long entries in a bucket look alike', () => {
		const short = sealRecord(key, 'r1', 'note', { text: 'ok' });
		const longer = sealRecord(key, 'r2', 'note', { text: 'a'.repeat(150) });
		expect(short.ciphertext.length).toBe(longer.ciphertext.length);
	});
});
