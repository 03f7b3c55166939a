import {
	RecoveryKeyFormatError,
	TamperedRecordError,
	WrongPassphraseError,
	WrongRecoveryKeyError
} from '$lib/crypto/errors';
import { BackupFormatError } from './backup-file';
import {
	RecordNotFoundError,
	StorageFullError,
	UnreadableRecordError,
	VaultLockedError,
	WrongBackupSecretError
} from './errors';
import { errorText, unexpectedText, type PersonFacingCode } from './text';

// Errors a person can meet, each with a code that names its words in text.ts; anything else is a
// fault in Waymark, shown with a general message and reported to the console.
const personFacing = [
	WrongPassphraseError,
	WrongRecoveryKeyError,
	RecoveryKeyFormatError,
	TamperedRecordError,
	BackupFormatError,
	RecordNotFoundError,
	StorageFullError,
	UnreadableRecordError,
	VaultLockedError,
	WrongBackupSecretError
];

type PersonFacingError = Error & { code: PersonFacingCode; found?: string };

function isPersonFacing(error: unknown): error is PersonFacingError {
	return personFacing.some((type) => error instanceof type);
}

/**
 * What to tell the person about an error: its code's words when they can meet it, otherwise
 * `fallback` (the screen's own words, or a general one), and the fault goes to the console.
 */
export function messageFor(error: unknown, fallback: string = unexpectedText): string {
	if (isPersonFacing(error)) {
		const words = errorText[error.code];
		return typeof words === 'function' ? words(error.found ?? '') : words;
	}
	console.error(error);
	return fallback;
}

/**
 * A wrong passphrase or recovery key: a guess, which counts towards the wait. A recovery key
 * with a typo is caught by its checksum and is not one.
 */
export function isWrongGuess(error: unknown): boolean {
	return error instanceof WrongPassphraseError || error instanceof WrongRecoveryKeyError;
}
