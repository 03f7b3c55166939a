import nacl from 'tweetnacl';
import { concatBytes, utf8 } from './bytes';
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

const relayLabels = {
	salt: utf8.encode('waymark relay pin salt v2'),
	box: utf8.encode('waymark relay pin box v2'),
	proof: utf8.encode('waymark relay pin proof v2')
};
const labelled = (label: Uint8Array, ...parts: Uint8Array[]) =>
	nacl.hash(concatBytes(label, ...parts)).subarray(0, linkKeyLength);

/**
 * The keys of a short link sealed with a PIN: the box key, and the proof the relay asks for before
 * it hands the box out (it keeps only the proof's SHA-256). Both need the link key as well as the
 * PIN, so the relay, which never sees the link key, cannot try PINs against what it holds; and
 * someone with the link can try them only through the relay, five times. The salt comes from the
 * link key, which is fresh for every link, so the viewer can make the proof before fetching.
 */
export async function relayPinKeys(linkKey: Uint8Array, pin: string) {
	const salt = labelled(relayLabels.salt, linkKey).subarray(0, pinSaltLength);
	const pinKey = await argon2idRaw(normalisePassphrase(pin), salt, defaultCost);
	return {
		boxKey: labelled(relayLabels.box, linkKey, pinKey),
		proof: labelled(relayLabels.proof, linkKey, pinKey)
	};
}
