import nacl from 'tweetnacl';
import { concatBytes } from './bytes';
import { argon2idRaw, defaultCost, normalisePassphrase } from './kdf';
import { linkKeyLength, pinSaltLength } from './share-keys';

// The key of a share link sealed with a PIN. Apart from share-keys.ts so that Argon2id's
// WebAssembly is loaded only when a link has a PIN: the worker's view of most links never needs
// it. Its cost is fixed by the link's version, since the viewer has nothing else to read it from.

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
