import nacl from 'tweetnacl';
import { concatBytes, randomBytes, utf8 } from './bytes';
import { RecoveryKeyFormatError } from './errors';

// A recovery key is 128 random bits and an 8-bit checksum, written in Crockford's base32 as
// seven groups of four characters: XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX. Crockford's alphabet has
// no I, L, O or U, so it reads aloud and copies by hand well; reading it back forgives case,
// spaces, and I/L for 1 and O for 0. The checksum tells a typo apart from a wrong key.

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const secretLength = 16;
const groups = 7;
const groupLength = 4;
const characters = groups * groupLength;
/** How many letters and numbers a recovery key has, for the words that say so. */
export const recoveryKeyLength = characters;
const domain = utf8.encode('waymark recovery key v1');

function checksum(secret: Uint8Array): number {
	return nacl.hash(concatBytes(utf8.encode('waymark recovery checksum v1'), secret))[0];
}

function toBase32(bytes: Uint8Array): string {
	let out = '';
	let buffer = 0;
	let bits = 0;
	for (const byte of bytes) {
		buffer = (buffer << 8) | byte;
		bits += 8;
		while (bits >= 5) {
			out += alphabet[(buffer >> (bits - 5)) & 31];
			bits -= 5;
		}
	}
	if (bits > 0) out += alphabet[(buffer << (5 - bits)) & 31];
	return out;
}

/** Formats a 16-byte secret for the person to keep: 28 characters in groups of 4. */
export function formatRecoveryKey(secret: Uint8Array): string {
	if (secret.length !== secretLength) throw new RangeError('A recovery key holds 16 bytes.');
	const text = toBase32(concatBytes(secret, Uint8Array.of(checksum(secret))));
	return text.match(new RegExp(`.{${groupLength}}`, 'g'))!.join('-');
}

export function generateRecoveryKey(): { secret: Uint8Array; text: string } {
	const secret = randomBytes(secretLength);
	return { secret, text: formatRecoveryKey(secret) };
}

/** Reads a recovery key as the person typed it; RecoveryKeyFormatError explains what is off. */
export function parseRecoveryKey(typed: string): Uint8Array {
	const cleaned = typed
		.toUpperCase()
		.replace(/[\s\-–—_.]/g, '')
		.replace(/[IL]/g, '1')
		.replace(/O/g, '0');
	if (cleaned.length !== characters)
		throw new RecoveryKeyFormatError('recovery-key-length', String(cleaned.length));
	let buffer = 0n;
	for (const character of cleaned) {
		const value = alphabet.indexOf(character);
		if (value < 0) throw new RecoveryKeyFormatError('recovery-key-character', character);
		buffer = (buffer << 5n) | BigInt(value);
	}
	// 28 characters carry 140 bits: 128 of secret, 8 of checksum and 4 zero bits.
	if (buffer & 15n) throw new RecoveryKeyFormatError('recovery-key-typo');
	buffer >>= 4n;
	const bytes = new Uint8Array(secretLength + 1);
	for (let i = bytes.length - 1; i >= 0; i--) {
		bytes[i] = Number(buffer & 255n);
		buffer >>= 8n;
	}
	const secret = bytes.slice(0, secretLength);
	if (checksum(secret) !== bytes[secretLength])
		throw new RecoveryKeyFormatError('recovery-key-typo');
	return secret;
}

/**
 * The key-encryption key for a recovery key. The secret is 128 random bits, so a fast hash is
 * enough (no guessing is feasible); the domain string keeps it apart from every other use.
 */
export function recoveryKeyEncryptionKey(secret: Uint8Array): Uint8Array {
	return nacl.hash(concatBytes(domain, secret)).slice(0, 32);
}
