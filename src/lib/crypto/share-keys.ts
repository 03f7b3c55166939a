import nacl from 'tweetnacl';
import { concatBytes, utf8 } from './bytes';
import { argon2idRaw, defaultCost, normalisePassphrase } from './kdf';

// Keys for a shared summary. The link carries a fresh random key; with a PIN, the box is sealed
// with a key made from both, so the link alone opens nothing. The PIN's Argon2id cost is fixed by
// the link's version, since the viewer has nothing else to read it from.

export const linkKeyLength = 32;
export const pinSaltLength = 16;
/** 8 bytes are plenty to tell a changed link from a wrong PIN; they add 11 characters. */
export const linkCheckLength = 8;
const checkLabel = utf8.encode('waymark share check v1');

/** The box key for a link sealed with a PIN. Slow on purpose (Argon2id, 64 MiB, 3 passes). */
export async function keyWithPin(
	linkKey: Uint8Array,
	pin: string,
	salt: Uint8Array
): Promise<Uint8Array> {
	if (salt.length < pinSaltLength) throw new RangeError('A PIN salt is 16 bytes or more.');
	const pinKey = await argon2idRaw(
		normalisePassphrase(pin),
		salt.subarray(0, pinSaltLength),
		defaultCost
	);
	return nacl.hash(concatBytes(linkKey, pinKey)).subarray(0, linkKeyLength);
}

/**
 * A check over the sealed summary that needs the link key only. With a PIN, a box that will not
 * open means a wrong PIN or a changed link; this tells the two apart before the PIN is asked for.
 */
export function linkCheck(linkKey: Uint8Array, sealed: Uint8Array): Uint8Array {
	return nacl.hash(concatBytes(checkLabel, linkKey, sealed)).subarray(0, linkCheckLength);
}

/** Compares without stopping at the first difference. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
	return a.length === b.length && a.length > 0 && nacl.verify(a, b);
}
