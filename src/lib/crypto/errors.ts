// Errors of the crypto layer. They carry no key, passphrase or plaintext: only what went wrong.
// Those a person can meet carry a `code`; their words are the vault's (vault/text.ts).

/** The crypto errors a person can meet, one code for each thing they are told. */
export type CryptoErrorCode =
	'wrong-passphrase' | 'wrong-recovery-key' | RecoveryKeyProblem | 'tampered-record';

/** What is off in a typed recovery key. */
export type RecoveryKeyProblem =
	'recovery-key-length' | 'recovery-key-character' | 'recovery-key-typo';

/** Sealed data that would not open: the key is wrong, or the data was altered or cut short. */
export class SealedDataError extends Error {
	override name = 'SealedDataError';
	constructor(
		message = 'The data could not be opened: wrong key, or it was changed or cut short.'
	) {
		super(message);
	}
}

/** Text that is not the strict encoding it claims to be (base64url, padded plaintext). */
export class EncodingError extends Error {
	override name = 'EncodingError';
}

/** Key derivation parameters that are missing, malformed or weaker than Waymark's floor. */
export class KdfParamsError extends Error {
	override name = 'KdfParamsError';
}

/** A recovery key that cannot be right as typed: wrong length, a character it never uses, or a typo. */
export class RecoveryKeyFormatError extends Error {
	override name = 'RecoveryKeyFormatError';
	/** `found`: the length typed, or the character a recovery key never has. */
	constructor(
		readonly code: RecoveryKeyProblem,
		readonly found = ''
	) {
		super(`Not a recovery key as typed: ${code}.`);
	}
}

/** The passphrase does not open this journal. */
export class WrongPassphraseError extends Error {
	override name = 'WrongPassphraseError';
	readonly code = 'wrong-passphrase';
	constructor() {
		super('The passphrase does not unwrap the data key.');
	}
}

/** The recovery key is well formed but belongs to another journal (or to an earlier one). */
export class WrongRecoveryKeyError extends Error {
	override name = 'WrongRecoveryKeyError';
	readonly code = 'wrong-recovery-key';
	constructor() {
		super('The recovery key does not unwrap the data key.');
	}
}

/** A stored record whose content does not belong where it was found: altered or moved. */
export class TamperedRecordError extends Error {
	override name = 'TamperedRecordError';
	readonly code = 'tampered-record';
	constructor() {
		super('A stored record does not match its id or kind: altered or moved.');
	}
}
