import type { CryptoErrorCode } from '$lib/crypto/errors';
import { recoveryKeyLength } from '$lib/crypto/recovery-key';
import type { BackupProblem } from './backup-file';
import type { VaultErrorCode } from './errors';

// What a person is told when the vault or its crypto refuses something: what happened and what
// to do, keyed by the error's code. Chosen by messageFor (person-facing.ts).

/** Every code a person can meet from the vault or its crypto. */
export type PersonFacingCode = CryptoErrorCode | VaultErrorCode | BackupProblem;

/** Words for a code; a function of what the error found (a length, a character) where it says it. */
export const errorText: Record<PersonFacingCode, string | ((found: string) => string)> = {
	'wrong-passphrase':
		"That passphrase doesn't open this journal. Check capital letters and spaces, or use the recovery key.",
	'wrong-recovery-key':
		"That recovery key doesn't open this journal. It may be from an older recovery key that was replaced.",
	'recovery-key-length': (found) =>
		`A recovery key has ${recoveryKeyLength} letters and numbers; this has ${found}.`,
	'recovery-key-character': (found) =>
		`"${found}" never appears in a recovery key. Check it against the saved copy.`,
	'recovery-key-typo': 'This recovery key has a typo in it. Check it against the saved copy.',
	'tampered-record':
		'A saved entry has been changed outside Waymark, so it cannot be trusted or opened.',
	'vault-locked': 'My journal is locked. Unlock it to carry on.',
	'unreadable-record':
		'Something saved in my journal was written by a newer version of Waymark. Update the app to read it.',
	'record-not-found': 'This entry is no longer in my journal. It may have been deleted.',
	'storage-full':
		"My device is out of space for Waymark, so this change wasn't saved. Free some space, then try again.",
	'wrong-backup-passphrase':
		"That passphrase doesn't open this backup. Use the passphrase the journal had when the backup was made.",
	'wrong-backup-recovery-key':
		"That recovery key doesn't open this backup. Use the recovery key the journal had when the backup was made.",
	'backup-empty':
		'This file is empty: there is nothing in it to bring back. Choose the file my backup was saved as, which ends in .waymark.',
	'backup-cut-short':
		"This file isn't complete: it may have been cut short while it was copied or downloaded. Try another copy of the backup.",
	'backup-not-waymark': "This isn't a Waymark backup. Choose a file that ends in .waymark.",
	'backup-newer':
		'This backup was made by a newer version of Waymark. Update Waymark on this device, then try again.',
	'backup-damaged':
		'This backup is damaged: part of it is missing or has been changed. Try another copy of the backup.'
};

/** Said of a fault in Waymark itself, where a screen has no words of its own for it. */
export const unexpectedText = 'Something went wrong. Reload the page to try again.';
