import { EncodingError } from './errors';
import nacl from 'tweetnacl';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export const utf8 = {
	encode: (text: string): Uint8Array => encoder.encode(text),
	/** Throws on bytes that are not valid UTF-8, rather than inventing replacement characters. */
	decode: (bytes: Uint8Array): string => decoder.decode(bytes)
};

/**
 * Bytes held one per character, each code 0 to 255. Records are stored in this form: IndexedDB
 * reads a string back for much less than a Uint8Array, which costs an ArrayBuffer per record.
 */
export type Packed = string;

/** A packed string of these bytes. */
export function pack(bytes: Uint8Array): Packed {
	let out = '';
	// In slices: spreading a large array into one call would overflow the argument limit.
	for (let start = 0; start < bytes.length; start += 8192)
		out += String.fromCharCode.apply(
			null,
			bytes.subarray(start, start + 8192) as unknown as number[]
		);
	return out;
}

/** The bytes of a packed string, or EncodingError if a character is not a byte. */
export function unpack(text: Packed): Uint8Array {
	const out = new Uint8Array(text.length);
	if (!unpackInto(text, 0, text.length, out, 0))
		throw new EncodingError('Packed bytes hold a character above 255.');
	return out;
}

/** Copies characters start..end of a packed string into target at offset; false if one is not a byte. */
export function unpackInto(
	text: Packed,
	start: number,
	end: number,
	target: Uint8Array,
	offset: number
): boolean {
	for (let i = start; i < end; i++) {
		const code = text.charCodeAt(i);
		if (code > 255) return false;
		target[offset + i - start] = code;
	}
	return true;
}

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
