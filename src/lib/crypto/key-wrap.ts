import { randomBytes } from './bytes';
import { SealedDataError } from './errors';
import { keyLength, open, seal } from './secretbox';

// The journal is encrypted with one random data key. That key is stored only wrapped (sealed)
// by other keys: one from the passphrase, one from the recovery key. Changing the passphrase
// rewraps this one key and touches no record.

export function generateDataKey(): Uint8Array {
	return randomBytes(keyLength);
}

export function wrapKey(keyEncryptionKey: Uint8Array, dataKey: Uint8Array): Uint8Array {
	if (dataKey.length !== keyLength) throw new RangeError(`A data key is ${keyLength} bytes.`);
	return seal(keyEncryptionKey, dataKey);
}

/** Unwraps a data key; SealedDataError when the wrapping key is wrong or the wrapped key altered. */
export function unwrapKey(keyEncryptionKey: Uint8Array, wrapped: Uint8Array): Uint8Array {
	const dataKey = open(keyEncryptionKey, wrapped);
	if (dataKey.length !== keyLength) throw new SealedDataError();
	return dataKey;
}
