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
