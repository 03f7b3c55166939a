import { ImportInputError } from './errors';

// Ids of what an import writes, made from the file's SHA-256 and the line each row starts on,
// not drawn at random: the same file always gives the same ids, so an import retried after a
// failure (or run in two tabs) writes over itself rather than beside itself. Twenty hex digits
// of the hash (80 bits) keep two different files apart, and an id within the 64 characters
// entry ids may have.

const fingerprintPattern = /^[0-9a-f]{64}$/;

/** A SHA-256 as 64 lower-case hex digits; refused in any other shape. */
export function checkedFingerprint(fingerprint: string): string {
	const hex = fingerprint.toLowerCase();
	if (!fingerprintPattern.test(hex)) throw new ImportInputError('A fingerprint is 64 hex digits.');
	return hex;
}

export function importCheckinId(fingerprint: string, line: number): string {
	return `imp-${fingerprint.slice(0, 20)}-${line}`;
}

/** A journal entry's id: a long note becomes one entry or several parts (1, 2, …). */
export function importEntryId(fingerprint: string, line: number, part: number): string {
	return `imp-${fingerprint.slice(0, 20)}-${line}-j${part}`;
}
