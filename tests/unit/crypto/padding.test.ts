import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EncodingError } from '$lib/crypto/errors';
import { pad, paddedSize, unpad } from '$lib/crypto/padding';

describe('padding', () => {
	it('rounds sizes up to a few buckets, so lengths reveal little', () => {
		expect(paddedSize(0)).toBe(256);
		expect(paddedSize(252)).toBe(256);
		expect(paddedSize(253)).toBe(512);
		expect(paddedSize(5000)).toBe(8192);
		expect(paddedSize(64 * 1024)).toBe(128 * 1024);
		expect(paddedSize(200 * 1024)).toBe(256 * 1024);
		expect(pad(new Uint8Array(10)).length).toBe(pad(new Uint8Array(200)).length);
	});

	it('round-trips any bytes', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 5000 }), (data) => {
				expect(unpad(pad(data))).toEqual(data);
			})
		);
	});

	it('refuses a changed length, bytes after the end, or a wrong bucket size', () => {
		const padded = pad(new TextEncoder().encode('hope'));
		// (Padding sits inside the authenticated ciphertext; these checks are a second line.)
		const longer = padded.slice();
		longer[3] = 253;
		expect(() => unpad(longer)).toThrow(EncodingError);
		const trailing = padded.slice();
		trailing[200] = 1;
		expect(() => unpad(trailing)).toThrow(EncodingError);
		expect(() => unpad(padded.subarray(0, 255))).toThrow(EncodingError);
		expect(() => unpad(new Uint8Array(2))).toThrow(EncodingError);
	});
});
