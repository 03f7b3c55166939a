import { EncodingError } from './errors';

// Strict base64url (RFC 4648 §5) without padding. Decoding refuses anything a correct encoder
// would not have written, so one text has exactly one meaning: no padding, no whitespace, no
// '+' or '/', no impossible length, and no stray bits in the last character.

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const values = new Int8Array(128).fill(-1);
for (let i = 0; i < alphabet.length; i++) values[alphabet.charCodeAt(i)] = i;

export function encodeBase64url(bytes: Uint8Array): string {
	let out = '';
	let i = 0;
	for (; i + 2 < bytes.length; i += 3) {
		const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
		out +=
			alphabet[n >> 18] + alphabet[(n >> 12) & 63] + alphabet[(n >> 6) & 63] + alphabet[n & 63];
	}
	const rest = bytes.length - i;
	if (rest === 1) {
		const n = bytes[i] << 16;
		out += alphabet[n >> 18] + alphabet[(n >> 12) & 63];
	} else if (rest === 2) {
		const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
		out += alphabet[n >> 18] + alphabet[(n >> 12) & 63] + alphabet[(n >> 6) & 63];
	}
	return out;
}

export function decodeBase64url(text: string): Uint8Array {
	if (text.length % 4 === 1) throw new EncodingError('Not base64url: impossible length.');
	const sextets = new Uint8Array(text.length);
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		const value = code < 128 ? values[code] : -1;
		if (value < 0) throw new EncodingError('Not base64url: a character outside its alphabet.');
		sextets[i] = value;
	}
	const out = new Uint8Array(Math.floor((text.length * 3) / 4));
	let o = 0;
	let i = 0;
	for (; i + 3 < text.length; i += 4) {
		const n = (sextets[i] << 18) | (sextets[i + 1] << 12) | (sextets[i + 2] << 6) | sextets[i + 3];
		out[o++] = n >> 16;
		out[o++] = (n >> 8) & 255;
		out[o++] = n & 255;
	}
	const rest = text.length - i;
	if (rest === 2) {
		if (sextets[i + 1] & 15) throw new EncodingError('Not base64url: non-canonical ending.');
		out[o] = (sextets[i] << 2) | (sextets[i + 1] >> 4);
	} else if (rest === 3) {
		if (sextets[i + 2] & 3) throw new EncodingError('Not base64url: non-canonical ending.');
		const n = (sextets[i] << 10) | (sextets[i + 1] << 4) | (sextets[i + 2] >> 2);
		out[o] = n >> 8;
		out[o + 1] = n & 255;
	}
	return out;
}
