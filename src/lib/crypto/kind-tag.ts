import nacl from 'tweetnacl';
import { encodeBase64url } from './base64url';
import { concatBytes, utf8 } from './bytes';

// Records are stored under a tag for their kind rather than its name, so someone reading the
// device's storage cannot tell a crisis plan from a check-in; an earlier version is stored under a
// tag for its record rather than the record's id, so nobody can tell which record has how many
// versions. A tag is a keyed hash: the first half of SHA-512 over a subkey of the data key and
// the name. Truncating SHA-512 this way (as SHA-512/256 does) leaves no room for length
// extension, so no HMAC is needed. Each use has its own subkey, so a kind's tag is never a
// record's.

function tagger(domain: string, dataKey: Uint8Array): (name: string) => string {
	const subkey = nacl.hash(concatBytes(utf8.encode(domain), dataKey)).subarray(0, 32);
	return (name) =>
		encodeBase64url(nacl.hash(concatBytes(subkey, utf8.encode(name))).subarray(0, 16));
}

/** A function from kind name to tag for one data key; the subkey is derived once. */
export function kindTagger(dataKey: Uint8Array): (kind: string) => string {
	return tagger('waymark kind tag key v1', dataKey);
}

/** A function from record id to the tag its earlier versions are stored under. */
export function ownerTagger(dataKey: Uint8Array): (recordId: string) => string {
	return tagger('waymark revision owner tag key v1', dataKey);
}
