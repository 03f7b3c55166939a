import { decodeBase64url, encodeBase64url } from './base64url';
import { wipe } from './bytes';
import { SealedDataError, WrongPassphraseError, WrongRecoveryKeyError } from './errors';
import {
	defaultCost,
	newKdfParams,
	validateKdfParams,
	type ArgonCost,
	type KdfParams
} from './kdf';
import { generateDataKey, unwrapKey, wrapKey } from './key-wrap';
import { parseRecoveryKey, recoveryKeyEncryptionKey } from './recovery-key';

// The key hierarchy: one random data key encrypts the journal; it is stored only wrapped, once
// by a key derived from the passphrase (Argon2id) and once by the recovery key. Without one of
// the two, nobody can unwrap it.

export interface WrappedKeys {
	version: 1;
	kdf: KdfParams;
	/** The data key sealed by the passphrase's key, base64url. */
	byPassphrase: string;
	/** The data key sealed by the recovery key's key, base64url. */
	byRecoveryKey: string;
}

/**
 * Argon2id is slow on purpose: the browser passes a version that runs in a Web Worker. It is
 * always passed in, so that hash-wasm is bundled with the worker and not the app.
 */
export type DeriveKey = (passphrase: string, params: KdfParams) => Promise<Uint8Array>;

async function wrapWithPassphrase(
	dataKey: Uint8Array,
	passphrase: string,
	cost: ArgonCost,
	derive: DeriveKey
) {
	const kdf = newKdfParams(cost);
	const kek = await derive(passphrase, kdf);
	try {
		return { kdf, byPassphrase: encodeBase64url(wrapKey(kek, dataKey)) };
	} finally {
		wipe(kek);
	}
}

function wrapWithRecoveryKey(dataKey: Uint8Array, recoverySecret: Uint8Array) {
	const kek = recoveryKeyEncryptionKey(recoverySecret);
	try {
		return encodeBase64url(wrapKey(kek, dataKey));
	} finally {
		wipe(kek);
	}
}

/** A new journal's keys. The caller keeps dataKey in memory while unlocked and stores keys. */
export async function createKeyring(
	passphrase: string,
	recoverySecret: Uint8Array,
	{ cost = defaultCost, derive }: { cost?: ArgonCost; derive: DeriveKey }
): Promise<{ keys: WrappedKeys; dataKey: Uint8Array }> {
	const dataKey = generateDataKey();
	const passphrasePart = await wrapWithPassphrase(dataKey, passphrase, cost, derive);
	return {
		dataKey,
		keys: {
			version: 1,
			...passphrasePart,
			byRecoveryKey: wrapWithRecoveryKey(dataKey, recoverySecret)
		}
	};
}

function unwrapOr(kek: Uint8Array, wrapped: string, error: () => Error): Uint8Array {
	try {
		return unwrapKey(kek, decodeBase64url(wrapped));
	} catch (cause) {
		if (cause instanceof SealedDataError) throw error();
		throw cause;
	} finally {
		wipe(kek);
	}
}

export async function unlockWithPassphrase(
	keys: WrappedKeys,
	passphrase: string,
	derive: DeriveKey
): Promise<Uint8Array> {
	const kek = await derive(passphrase, validateKdfParams(keys.kdf));
	return unwrapOr(kek, keys.byPassphrase, () => new WrongPassphraseError());
}

export function unlockWithRecoveryKey(keys: WrappedKeys, recoverySecret: Uint8Array): Uint8Array {
	return unwrapOr(
		recoveryKeyEncryptionKey(recoverySecret),
		keys.byRecoveryKey,
		() => new WrongRecoveryKeyError()
	);
}

/** What a person gives to open a journal or a backup: their passphrase, or a typed recovery key. */
export type Secret = { passphrase: string } | { recoveryKey: string };

/**
 * The data key, from whichever secret was given. A typed recovery key is read here
 * (RecoveryKeyFormatError for a typo) and its bytes wiped after use.
 */
export async function unlockWithSecret(
	keys: WrappedKeys,
	secret: Secret,
	derive: DeriveKey
): Promise<Uint8Array> {
	if ('passphrase' in secret) return unlockWithPassphrase(keys, secret.passphrase, derive);
	const recoverySecret = parseRecoveryKey(secret.recoveryKey);
	try {
		return unlockWithRecoveryKey(keys, recoverySecret);
	} finally {
		wipe(recoverySecret);
	}
}

/** A new passphrase (with a fresh salt, and stronger parameters if given); no record changes. */
export async function changePassphrase(
	keys: WrappedKeys,
	dataKey: Uint8Array,
	newPassphrase: string,
	{ cost = keys.kdf, derive }: { cost?: ArgonCost; derive: DeriveKey }
): Promise<WrappedKeys> {
	const { memoryKiB, iterations, parallelism } = cost;
	return {
		...keys,
		...(await wrapWithPassphrase(
			dataKey,
			newPassphrase,
			{ memoryKiB, iterations, parallelism },
			derive
		))
	};
}

/** Wraps the data key for a new recovery key; the old recovery key stops working. */
export function replaceRecoveryKey(
	keys: WrappedKeys,
	dataKey: Uint8Array,
	newRecoverySecret: Uint8Array
): WrappedKeys {
	return { ...keys, byRecoveryKey: wrapWithRecoveryKey(dataKey, newRecoverySecret) };
}
