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

// Errors whose message is written for the person; anything else is a fault in Waymark, shown
// with a general message and reported to the console.
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

function isPersonFacing(error: unknown): error is Error {
	return personFacing.some((type) => error instanceof type);
}

/**
 * The message to show for an error: its own when it was written for the person, otherwise
 * `fallback`, and the fault goes to the console for whoever looks into it.
 */
export function messageFor(error: unknown, fallback: string): string {
	if (isPersonFacing(error)) return error.message;
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
