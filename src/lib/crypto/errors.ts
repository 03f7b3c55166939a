// Errors of the crypto layer. They carry no key, passphrase or plaintext: only what went wrong.

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
}

/** The passphrase does not open this journal. */
export class WrongPassphraseError extends Error {
	override name = 'WrongPassphraseError';
	constructor() {
		super(
			"That passphrase doesn't open this journal. Check capital letters and spaces, or use the recovery key."
		);
	}
}

/** The recovery key is well formed but belongs to another journal (or to an earlier one). */
export class WrongRecoveryKeyError extends Error {
	override name = 'WrongRecoveryKeyError';
	constructor() {
		super(
			"That recovery key doesn't open this journal. It may be from an older recovery key that was replaced."
		);
	}
}

/** A stored record whose content does not belong where it was found: altered or moved. */
export class TamperedRecordError extends Error {
	override name = 'TamperedRecordError';
	constructor() {
		super('A saved entry has been changed outside Waymark, so it cannot be trusted or opened.');
	}
}
