// Errors of the vault that a person can meet. Each carries a `code`; what the person is told,
// and what to do, is in vault/text.ts. The message is for developers.

/** The vault errors a person can meet, one code for each thing they are told. */
export type VaultErrorCode =
	| 'vault-locked'
	| 'unreadable-record'
	| 'record-not-found'
	| 'storage-full'
	| 'wrong-backup-passphrase'
	| 'wrong-backup-recovery-key';

/** A record was asked for while the journal is locked (it locked itself, or in another tab). */
export class VaultLockedError extends Error {
	override name = 'VaultLockedError';
	readonly code = 'vault-locked';
	constructor() {
		super('The vault is locked.');
	}
}

/** A record opened, but holds something this version of Waymark does not understand. */
export class UnreadableRecordError extends Error {
	override name = 'UnreadableRecordError';
	readonly code = 'unreadable-record';
	constructor() {
		super('A record opened but does not match any schema this version knows.');
	}
}

/** The record asked for is not in the journal (deleted, perhaps in another tab). */
export class RecordNotFoundError extends Error {
	override name = 'RecordNotFoundError';
	readonly code = 'record-not-found';
	constructor() {
		super('No record with that id.');
	}
}

/** The browser refused to store more. Nothing of the attempted change was saved. */
export class StorageFullError extends Error {
	override name = 'StorageFullError';
	readonly code = 'storage-full';
	constructor() {
		super('The browser refused the write: storage quota exceeded.');
	}
}

/** The passphrase or recovery key given does not open the chosen backup. */
export class WrongBackupSecretError extends Error {
	override name = 'WrongBackupSecretError';
	readonly code: 'wrong-backup-passphrase' | 'wrong-backup-recovery-key';
	constructor(what: 'passphrase' | 'recovery key') {
		super(`The ${what} does not open this backup.`);
		this.code = what === 'passphrase' ? 'wrong-backup-passphrase' : 'wrong-backup-recovery-key';
	}
}
