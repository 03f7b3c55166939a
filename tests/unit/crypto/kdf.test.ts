import { describe, expect, it } from 'vitest';
import { KdfParamsError } from '$lib/crypto/errors';
import {
	argon2idRaw,
	deriveKeyFromPassphrase,
	minimumCost,
	newKdfParams,
	validateKdfParams
} from '$lib/crypto/kdf';
import { toHex } from './hex';

// Argon2id version 0x13, as RFC 9106 specifies it. RFC 9106 §5.3's own vector also uses a secret
// and associated data, which hash-wasm cannot take, so these are the Argon2 reference
// implementation's vectors (phc-winner-argon2, src/test.c) for the same algorithm and version.
const password = new TextEncoder().encode('password');
const salt = new TextEncoder().encode('somesalt');
const vectors = [
	{
		memoryKiB: 65536,
		iterations: 2,
		parallelism: 1,
		tag: '09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7'
	},
	{
		memoryKiB: 256,
		iterations: 2,
		parallelism: 1,
		tag: '9dfeb910e80bad0311fee20f9c0e2b12c17987b4cac90c2ef54d5b3021c68bfe'
	},
	{
		memoryKiB: 256,
		iterations: 2,
		parallelism: 2,
		tag: '6d093c501fd5999645e0ea3bf620d7b8be7fd2db59c20d9fff9539da2bf57037'
	}
];

describe('Argon2id key derivation', () => {
	for (const { tag, ...cost } of vectors) {
		it(`matches the reference vector for m=${cost.memoryKiB} t=${cost.iterations} p=${cost.parallelism}`, async () => {
			expect(toHex(await argon2idRaw(password, salt, cost))).toBe(tag);
		});
	}

	it('derives the same key for a passphrase typed in either Unicode form', async () => {
		const params = newKdfParams(minimumCost);
		const composed = await deriveKeyFromPassphrase('café au lait', params);
		const decomposed = await deriveKeyFromPassphrase('cafe\u0301 au lait', params);
		expect(toHex(decomposed)).toBe(toHex(composed));
		expect(composed).toHaveLength(32);
		const other = await deriveKeyFromPassphrase('café au lait ', params);
		expect(toHex(other)).not.toBe(toHex(composed));
	});

	it('gives each new set of parameters its own 16-byte salt', () => {
		const a = newKdfParams();
		const b = newKdfParams();
		expect(a.salt).not.toBe(b.salt);
		expect(a).toMatchObject({ algorithm: 'argon2id', memoryKiB: 65536, iterations: 3 });
	});

	it('refuses parameters below the 19 MiB, 2-pass floor, absurd ones, and bad salts', () => {
		const good = newKdfParams(minimumCost);
		expect(validateKdfParams(good)).toEqual(good);
		const bad = [
			null,
			'argon2id',
			{ ...good, algorithm: 'scrypt' },
			{ ...good, memoryKiB: 19 * 1024 - 1 },
			{ ...good, iterations: 1 },
			{ ...good, parallelism: 0 },
			{ ...good, memoryKiB: 8 * 1024 * 1024 },
			{ ...good, iterations: 2.5 },
			{ ...good, salt: 'AAAA' },
			{ ...good, salt: 'not base64url!' },
			{ ...good, salt: undefined }
		];
		for (const params of bad)
			expect(() => validateKdfParams(params), JSON.stringify(params)).toThrow(KdfParamsError);
	});
});
