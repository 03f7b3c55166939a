import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64url, encodeBase64url } from '$lib/crypto/base64url';
import { EncodingError } from '$lib/crypto/errors';

describe('base64url', () => {
	it('matches RFC 4648 test vectors, without padding', () => {
		const vectors = {
			'': '',
			f: 'Zg',
			fo: 'Zm8',
			foo: 'Zm9v',
			foob: 'Zm9vYg',
			fooba: 'Zm9vYmE',
			foobar: 'Zm9vYmFy'
		};
		for (const [plain, encoded] of Object.entries(vectors)) {
			expect(encodeBase64url(new TextEncoder().encode(plain))).toBe(encoded);
			expect(new TextDecoder().decode(decodeBase64url(encoded))).toBe(plain);
		}
		expect(encodeBase64url(Uint8Array.of(0xfb, 0xff, 0xbf))).toBe('-_-_');
	});

	it('round-trips any bytes, and agrees with Node', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
				const text = encodeBase64url(bytes);
				expect(text).toBe(Buffer.from(bytes).toString('base64url'));
				expect(decodeBase64url(text)).toEqual(bytes);
			})
		);
	});

	it('refuses padding, other alphabets, whitespace, impossible lengths and stray bits', () => {
		for (const bad of [
			'Zg==',
			'Zm9v+',
			'Zm9v/',
			'Zm 9v',
			'Zm9v\n',
			'A',
			'Zm9vY',
			'Zh',
			'Zm9',
			'Zm8=',
			'é'
		])
			expect(() => decodeBase64url(bad), bad).toThrow(EncodingError);
	});

	it('decodes only canonical text: one meaning per text', () => {
		fc.assert(
			fc.property(
				fc.string({
					unit: fc.constantFrom(
						...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
					),
					maxLength: 40
				}),
				(text) => {
					let bytes: Uint8Array;
					try {
						bytes = decodeBase64url(text);
					} catch {
						return;
					}
					expect(encodeBase64url(bytes)).toBe(text);
				}
			)
		);
	});
});
