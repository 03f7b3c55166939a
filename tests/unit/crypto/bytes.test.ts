import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pack, unpack } from '$lib/crypto/bytes';
import { EncodingError } from '$lib/crypto/errors';

describe('packed bytes', () => {
	it('round-trips any bytes, including long ones packed in slices', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
				const packed = pack(bytes);
				expect(packed).toHaveLength(bytes.length);
				expect(unpack(packed)).toEqual(bytes);
			})
		);
		const long = new Uint8Array(100_000).map((_, i) => i % 256);
		expect(unpack(pack(long))).toEqual(long);
	});

	it('refuses a character that is not a byte', () => {
		expect(() => unpack('ab\u0100')).toThrow(EncodingError);
	});
});
