import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SealedDataError } from '$lib/crypto/errors';
import { generateDataKey, unwrapKey, wrapKey } from '$lib/crypto/key-wrap';

const keys = fc.uint8Array({ minLength: 32, maxLength: 32 });

describe('key wrapping', () => {
	it('unwraps what it wrapped, for any pair of keys', () => {
		fc.assert(
			fc.property(keys, keys, (kek, dataKey) => {
				expect(unwrapKey(kek, wrapKey(kek, dataKey))).toEqual(dataKey);
			})
		);
	});

	it('rejects any single flipped bit of a wrapped key', () => {
		const kek = generateDataKey();
		const wrapped = wrapKey(kek, generateDataKey());
		fc.assert(
			fc.property(fc.integer({ min: 0, max: wrapped.length * 8 - 1 }), (bit) => {
				const altered = wrapped.slice();
				altered[bit >> 3] ^= 1 << (bit & 7);
				expect(() => unwrapKey(kek, altered)).toThrow(SealedDataError);
			})
		);
	});

	it('rejects the wrong wrapping key', () => {
		const wrapped = wrapKey(generateDataKey(), generateDataKey());
		expect(() => unwrapKey(generateDataKey(), wrapped)).toThrow(SealedDataError);
	});

	it('makes a new random 32-byte data key each time', () => {
		expect(generateDataKey()).toHaveLength(32);
		expect(generateDataKey()).not.toEqual(generateDataKey());
	});
});
