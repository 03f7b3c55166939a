import nacl from 'tweetnacl';
import { concatBytes, utf8 } from './bytes';

// Keys for a shared summary. The link carries a fresh random key; with a PIN, the box is sealed
// with a key made from both (pin-key.ts, loaded only for a link that has a PIN), so the link alone
// opens nothing.

export const linkKeyLength = 32;
export const pinSaltLength = 16;
/** 8 bytes are plenty to tell a changed link from a wrong PIN; they add 11 characters. */
export const linkCheckLength = 8;
const checkLabel = utf8.encode('waymark share check v1');

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

/** Phone keyboards capitalise the first letter on their own: a PIN is read in one case. */
export const normalisePin = (pin: string) => pin.trim().toLowerCase();
