import nacl from 'tweetnacl';
import { concatBytes, randomBytes } from './bytes';
import { SealedDataError } from './errors';

// XSalsa20-Poly1305 (NaCl secretbox). Sealed form: a fresh 24-byte random nonce, then the box.

export const keyLength = nacl.secretbox.keyLength;
export const nonceLength = nacl.secretbox.nonceLength;
const overhead = nacl.secretbox.overheadLength;

function checkKey(key: Uint8Array) {
	if (key.length !== keyLength) throw new RangeError(`A secretbox key is ${keyLength} bytes.`);
}

/** Encrypts and authenticates with a fresh random nonce, which travels with the result. */
export function seal(key: Uint8Array, message: Uint8Array): Uint8Array {
	return sealWithNonce(key, message, randomBytes(nonceLength));
}

/** seal with a given nonce. Only for known-answer tests: a nonce must never be used twice. */
export function sealWithNonce(key: Uint8Array, message: Uint8Array, nonce: Uint8Array): Uint8Array {
	checkKey(key);
	if (nonce.length !== nonceLength) throw new RangeError(`A nonce is ${nonceLength} bytes.`);
	return concatBytes(nonce, nacl.secretbox(message, nonce, key));
}

/** Opens sealed data, or throws SealedDataError if the key is wrong or anything was changed. */
export function open(key: Uint8Array, sealed: Uint8Array): Uint8Array {
	checkKey(key);
	if (sealed.length < nonceLength + overhead) throw new SealedDataError();
	const message = nacl.secretbox.open(
		sealed.subarray(nonceLength),
		sealed.subarray(0, nonceLength),
		key
	);
	if (!message) throw new SealedDataError();
	return message;
}
