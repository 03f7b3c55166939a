import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64url } from '$lib/crypto/base64url';
import { pack } from '$lib/crypto/bytes';
import { SealedDataError } from '$lib/crypto/errors';
import { seal, tweetnaclOpen } from '$lib/crypto/secretbox';
import { webAssemblyOpen, type SecretboxOpen } from '$lib/crypto/secretbox-open';
import { secretboxOpenModule } from '$lib/crypto/secretbox-open-module';
import { compileSecretboxOpen } from '../../../scripts/secretbox-wasm/build.js';

// The WebAssembly opener must agree with tweetnacl on every box, and refuse what tweetnacl
// refuses. secretbox.test.ts checks NaCl's known answer through whichever opener is in use.

const keys = fc.uint8Array({ minLength: 32, maxLength: 32 });
const copy = (message: Uint8Array) => message.slice();
const wasm = webAssemblyOpen() as SecretboxOpen;

describe('the WebAssembly secretbox opener', () => {
	it('is the module that scripts/secretbox-wasm/wat.js compiles to', async () => {
		expect(decodeBase64url(secretboxOpenModule)).toEqual(await compileSecretboxOpen());
	});

	it('runs here, as it does in every browser Waymark supports', () => {
		expect(wasm).toBeTypeOf('function');
	});

	it('opens what tweetnacl opens, at every length across several blocks, bytes or packed', () => {
		fc.assert(
			fc.property(keys, fc.uint8Array({ maxLength: 700 }), (key, plain) => {
				const sealed = seal(key, plain);
				expect(wasm(key, sealed, copy)).toEqual(plain);
				expect(wasm(key, pack(sealed), copy)).toEqual(tweetnaclOpen(key, pack(sealed), copy));
			}),
			{ numRuns: 300 }
		);
		const key = new Uint8Array(32).fill(7);
		for (let length = 0; length <= 200; length++) {
			const plain = new Uint8Array(length).map((_, i) => i * 31);
			expect(wasm(key, seal(key, plain), copy), `length ${length}`).toEqual(plain);
		}
	});

	it('opens a record larger than its memory has held so far', () => {
		const key = new Uint8Array(32).fill(1);
		const plain = new Uint8Array(300_000).map((_, i) => i);
		expect(wasm(key, seal(key, plain), copy)).toEqual(plain);
	});

	it('refuses any flipped bit, a wrong key, a cut-short box and a character above 255', () => {
		const key = new Uint8Array(32).fill(9);
		const sealed = seal(key, new TextEncoder().encode('what helps me stay well, and who to call'));
		for (let bit = 0; bit < sealed.length * 8; bit++) {
			const altered = sealed.slice();
			altered[bit >> 3] ^= 1 << (bit & 7);
			expect(() => wasm(key, altered, copy), `bit ${bit}`).toThrow(SealedDataError);
		}
		fc.assert(
			fc.property(keys, fc.uint8Array({ maxLength: 100 }), (other, plain) => {
				fc.pre(other.some((byte, i) => byte !== key[i]));
				const box = seal(key, plain);
				expect(() => wasm(other, box, copy)).toThrow(SealedDataError);
				expect(() => wasm(key, box.subarray(0, box.length - 1), copy)).toThrow(SealedDataError);
			})
		);
		const packed = pack(sealed);
		expect(() => wasm(key, `${packed.slice(0, -1)}\u0100`, copy)).toThrow(SealedDataError);
	});

	it('wipes the opened message as soon as it has been read', () => {
		const key = new Uint8Array(32).fill(3);
		let view: Uint8Array = new Uint8Array(0);
		const text = wasm(key, seal(key, new TextEncoder().encode('my sister Jo')), (message) => {
			view = message;
			return new TextDecoder().decode(message);
		});
		expect(text).toBe('my sister Jo');
		expect(view.length).toBe(12);
		expect(view.every((byte) => byte === 0)).toBe(true);
	});
});
