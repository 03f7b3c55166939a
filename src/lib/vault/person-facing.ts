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

export function isPersonFacing(error: unknown): error is Error {
	return personFacing.some((type) => error instanceof type);
}

/** Names features match on, without importing the crypto layer. */
export function errorKind(error: unknown) {
	if (error instanceof WrongPassphraseError) return 'wrong-passphrase';
	if (error instanceof WrongRecoveryKeyError) return 'wrong-recovery-key';
	if (error instanceof RecoveryKeyFormatError) return 'recovery-key-typo';
	return 'other';
}
