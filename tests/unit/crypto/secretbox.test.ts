import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SealedDataError } from '$lib/crypto/errors';
import { pack } from '$lib/crypto/bytes';
import { nonceLength, open, openAndRead, seal, sealWithNonce } from '$lib/crypto/secretbox';
import { hex, toHex } from './hex';

// NaCl's own secretbox test (tests/secretbox.c and secretbox.out, also in libsodium).
const firstKey = hex('1b27556473e985d462cd51197a9a46c76009549eac6474f206c4ee0844f68389');
const nonce = hex('69696ee955b62b73cd62bda875fc73d68219e0036b7a0b37');
const message = hex(`
	be075fc53c81f2d5cf141316ebeb0c7b5228c52a4c62cbd44b66849b64244ffce5ecbaaf33bd751a1ac728d45e6c61296cdc3c01233561f41db66cce314adb31
	0e3be8250c46f06dceea3a7fa1348057e2f6556ad6b1318a024a838f21af1fde048977eb48f59ffd4924ca1c60902e52f0a089bc76897040e082f937763848645e0705`);
const expectedBox = hex(`
	f3ffc7703f9400e52a7dfb4b3d3305d98e993b9f48681273c29650ba32fc76ce48332ea7164d96a4476fb8c531a1186ac0dfc17c98dce87b4da7f011ec48c972
	71d2c20f9b928fe2270d6fb863d51738b48eeee314a7cc8ab932164548e526ae90224368517acfeabd6bb3732bc0e9da99832b61ca01b6de56244a9e88d5f9b3
	7973f622a43d14a6599b1f654cb45a74e355a5`);

const keys = fc.uint8Array({ minLength: 32, maxLength: 32 });

describe('secretbox', () => {
	it('matches the NaCl known-answer vector', () => {
		const sealed = sealWithNonce(firstKey, message, nonce);
		expect(toHex(sealed.subarray(0, nonceLength))).toBe(toHex(nonce));
		expect(toHex(sealed.subarray(nonceLength))).toBe(toHex(expectedBox));
		expect(toHex(open(firstKey, sealed))).toBe(toHex(message));
	});

	it('round-trips any message under any key, with a fresh nonce each time', () => {
		fc.assert(
			fc.property(keys, fc.uint8Array({ maxLength: 2000 }), (key, plain) => {
				const a = seal(key, plain);
				const b = seal(key, plain);
				expect(a.subarray(0, nonceLength)).not.toEqual(b.subarray(0, nonceLength));
				expect(open(key, a)).toEqual(plain);
			})
		);
	});

	it('rejects every single flipped bit of a sealed message', () => {
		const sealed = seal(firstKey, new TextEncoder().encode('what helps me stay well'));
		for (let bit = 0; bit < sealed.length * 8; bit++) {
			const altered = sealed.slice();
			altered[bit >> 3] ^= 1 << (bit & 7);
			expect(() => open(firstKey, altered), `bit ${bit}`).toThrow(SealedDataError);
		}
	});

	it('rejects a wrong key, a cut-short message and an empty one', () => {
		fc.assert(
			fc.property(keys, keys, fc.uint8Array({ maxLength: 100 }), (key, other, plain) => {
				fc.pre(toHex(key) !== toHex(other));
				const sealed = seal(key, plain);
				expect(() => open(other, sealed)).toThrow(SealedDataError);
				expect(() => open(key, sealed.subarray(0, sealed.length - 1))).toThrow(SealedDataError);
			})
		);
		expect(() => open(firstKey, new Uint8Array(0))).toThrow(SealedDataError);
	});

	it('refuses keys and nonces of the wrong length', () => {
		expect(() => seal(new Uint8Array(31), message)).toThrow(RangeError);
		expect(() => sealWithNonce(firstKey, message, new Uint8Array(23))).toThrow(RangeError);
	});

	it('opens packed bytes as it opens a Uint8Array, for messages of any size', () => {
		fc.assert(
			fc.property(keys, fc.uint8Array({ maxLength: 5000 }), (key, plain) => {
				const sealed = seal(key, plain);
				expect(openAndRead(key, pack(sealed), (m) => m.slice())).toEqual(plain);
				expect(openAndRead(key, sealed, (m) => m.slice())).toEqual(plain);
			})
		);
	});

	it('lends the message only while reading it, then wipes it', () => {
		const sealed = seal(firstKey, new TextEncoder().encode('what helps me stay well'));
		let lent: Uint8Array = new Uint8Array(0);
		const copy = openAndRead(firstKey, pack(sealed), (m) => ((lent = m), m.slice()));
		expect(new TextDecoder().decode(copy)).toBe('what helps me stay well');
		expect(lent.every((byte) => byte === 0)).toBe(true);
	});

	it('refuses packed text holding a character that is not a byte, or an altered one', () => {
		const packed = pack(seal(firstKey, message));
		const at = nonceLength + 5;
		const widened =
			packed.slice(0, at) + String.fromCharCode(packed.charCodeAt(at) + 256) + packed.slice(at + 1);
		expect(() => openAndRead(firstKey, widened, () => 0)).toThrow(SealedDataError);
		const nonceWidened = String.fromCharCode(packed.charCodeAt(0) + 256) + packed.slice(1);
		expect(() => openAndRead(firstKey, nonceWidened, () => 0)).toThrow(SealedDataError);
		const flipped =
			packed.slice(0, at) + String.fromCharCode(packed.charCodeAt(at) ^ 1) + packed.slice(at + 1);
		expect(() => openAndRead(firstKey, flipped, () => 0)).toThrow(SealedDataError);
	});
});
