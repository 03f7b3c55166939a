// Errors of the vault that a person can meet; each message says what happened and what to do.

/** A record was asked for while the journal is locked (it locked itself, or in another tab). */
export class VaultLockedError extends Error {
	override name = 'VaultLockedError';
	constructor() {
		super('My journal is locked. Unlock it to carry on.');
	}
}

/** A record opened, but holds something this version of Waymark does not understand. */
export class UnreadableRecordError extends Error {
	override name = 'UnreadableRecordError';
	constructor() {
		super(
			'Something saved in my journal was written by a newer version of Waymark. Update the app to read it.'
		);
	}
}

/** The record asked for is not in the journal (deleted, perhaps in another tab). */
export class RecordNotFoundError extends Error {
	override name = 'RecordNotFoundError';
	constructor() {
		super('This entry is no longer in my journal. It may have been deleted.');
	}
}

/** The browser refused to store more. Nothing of the attempted change was saved. */
export class StorageFullError extends Error {
	override name = 'StorageFullError';
	constructor() {
		super(
			"My device is out of space for Waymark, so this change wasn't saved. Free some space, then try again."
		);
	}
}

/** The passphrase or recovery key given does not open the chosen backup. */
export class WrongBackupSecretError extends Error {
	override name = 'WrongBackupSecretError';
	constructor(what: 'passphrase' | 'recovery key') {
		super(
			`That ${what} doesn't open this backup. Use the ${what} the journal had when the backup was made.`
		);
	}
}
