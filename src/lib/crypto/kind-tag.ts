import nacl from 'tweetnacl';
import { encodeBase64url } from './base64url';
import { concatBytes, utf8 } from './bytes';

// Records are stored under a tag for their kind rather than its name, so someone reading the
// device's storage cannot tell a crisis plan from a check-in. The tag is a keyed hash: the first
// half of SHA-512 over a subkey of the data key and the kind's name. Truncating SHA-512 this way
// (as SHA-512/256 does) leaves no room for length extension, so no HMAC is needed.

const subkeyDomain = utf8.encode('waymark kind tag key v1');

/** A function from kind name to tag for one data key; the subkey is derived once. */
export function kindTagger(dataKey: Uint8Array): (kind: string) => string {
	const subkey = nacl.hash(concatBytes(subkeyDomain, dataKey)).subarray(0, 32);
	return (kind) =>
		encodeBase64url(nacl.hash(concatBytes(subkey, utf8.encode(kind))).subarray(0, 16));
}
