import { describe, expect, it } from 'vitest';
import { WrongPassphraseError, WrongRecoveryKeyError } from '$lib/crypto/errors';
import { deriveKeyFromPassphrase as derive, minimumCost } from '$lib/crypto/kdf';
import {
	changePassphrase,
	createKeyring,
	replaceRecoveryKey,
	unlockWithPassphrase,
	unlockWithRecoveryKey
} from '$lib/crypto/keyring';
import { generateRecoveryKey } from '$lib/crypto/recovery-key';

const cost = minimumCost;

describe('keyring', () => {
	it('opens with the passphrase or the recovery key, each giving the same data key', async () => {
		const recovery = generateRecoveryKey();
		const { keys, dataKey } = await createKeyring('the tide comes back in', recovery.secret, {
			cost,
			derive
		});
		expect(await unlockWithPassphrase(keys, 'the tide comes back in', derive)).toEqual(dataKey);
		expect(unlockWithRecoveryKey(keys, recovery.secret)).toEqual(dataKey);
		// What is stored holds neither the data key nor the passphrase.
		const stored = JSON.stringify(keys);
		expect(stored).not.toContain('tide');
		expect(stored).not.toContain(Buffer.from(dataKey).toString('base64url'));
		expect(keys.kdf).toMatchObject({ algorithm: 'argon2id', memoryKiB: 19456, iterations: 2 });
	});

	it('refuses a wrong passphrase and a wrong recovery key with their own errors', async () => {
		const { keys } = await createKeyring('the tide comes back in', generateRecoveryKey().secret, {
			cost,
			derive
		});
		await expect(unlockWithPassphrase(keys, 'The tide comes back in', derive)).rejects.toThrow(
			WrongPassphraseError
		);
		expect(() => unlockWithRecoveryKey(keys, generateRecoveryKey().secret)).toThrow(
			WrongRecoveryKeyError
		);
	});

	it('changes the passphrase by rewrapping the data key only', async () => {
		const recovery = generateRecoveryKey();
		const { keys, dataKey } = await createKeyring('first passphrase here', recovery.secret, {
			cost,
			derive
		});
		const changed = await changePassphrase(keys, dataKey, 'a second passphrase', { derive });
		expect(changed.kdf.salt).not.toBe(keys.kdf.salt);
		expect(changed.byRecoveryKey).toBe(keys.byRecoveryKey);
		expect(await unlockWithPassphrase(changed, 'a second passphrase', derive)).toEqual(dataKey);
		await expect(unlockWithPassphrase(changed, 'first passphrase here', derive)).rejects.toThrow(
			WrongPassphraseError
		);
		expect(unlockWithRecoveryKey(changed, recovery.secret)).toEqual(dataKey);
	});

	it('replaces the recovery key: the new one works, the old one no longer does', async () => {
		const old = generateRecoveryKey();
		const { keys, dataKey } = await createKeyring('a passphrase of mine', old.secret, {
			cost,
			derive
		});
		const replacement = generateRecoveryKey();
		const replaced = replaceRecoveryKey(keys, dataKey, replacement.secret);
		expect(unlockWithRecoveryKey(replaced, replacement.secret)).toEqual(dataKey);
		expect(() => unlockWithRecoveryKey(replaced, old.secret)).toThrow(WrongRecoveryKeyError);
		expect(await unlockWithPassphrase(replaced, 'a passphrase of mine', derive)).toEqual(dataKey);
	});

	it('refuses stored parameters weakened below the floor before deriving anything', async () => {
		const { keys } = await createKeyring('a passphrase of mine', generateRecoveryKey().secret, {
			cost,
			derive
		});
		let derived = false;
		const weakened = { ...keys, kdf: { ...keys.kdf, memoryKiB: 1024 } };
		await expect(
			unlockWithPassphrase(weakened, 'a passphrase of mine', async () => {
				derived = true;
				return new Uint8Array(32);
			})
		).rejects.toThrow(/out of range/);
		expect(derived).toBe(false);
	});
});
