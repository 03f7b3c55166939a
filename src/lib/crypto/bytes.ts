import nacl from 'tweetnacl';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export const utf8 = {
	encode: (text: string): Uint8Array => encoder.encode(text),
	/** Throws on bytes that are not valid UTF-8, rather than inventing replacement characters. */
	decode: (bytes: Uint8Array): string => decoder.decode(bytes)
};

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
	let offset = 0;
	for (const part of parts) {
		out.set(part, offset);
		offset += part.length;
	}
	return out;
}

/** Cryptographically secure random bytes (crypto.getRandomValues, through tweetnacl). */
export function randomBytes(length: number): Uint8Array {
	return nacl.randomBytes(length);
}

/** Overwrites a secret in place; the best JavaScript can do to shorten its life in memory. */
export function wipe(bytes: Uint8Array | undefined) {
	bytes?.fill(0);
}
