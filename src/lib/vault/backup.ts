import { wipe } from '$lib/crypto/bytes';
import { WrongPassphraseError, WrongRecoveryKeyError } from '$lib/crypto/errors';
import { unlockWithSecret, type Secret, type WrappedKeys } from '$lib/crypto/keyring';
import { defaultVaultSettings } from '$lib/domain/vault-settings';
import { readBackupFile, writeBackupFile, type BackupFile } from './backup-file';
import {
	countBackup,
	planMerge,
	replaceWith,
	verifyBackup,
	type ImportCounts,
	type MergeCounts
} from './backup-import';
import { WrongBackupSecretError } from './errors';
import { sealSettings } from './sealed-settings';
import type { Vault } from './vault.svelte';

// Backing up and restoring, as the screens use them.

export const backupExtension = '.waymark';

/** The whole journal, still encrypted, as the text of a `.waymark` file. */
export async function exportBackup(vault: Vault, now = new Date()) {
	const { db, keys } = vault.internals();
	const [records, revisions] = await db.transaction('r', db.records, db.revisions, () =>
		Promise.all([db.records.toArray(), db.revisions.toArray()])
	);
	return {
		text: writeBackupFile(keys, records, revisions, now),
		filename: `waymark-backup-${now.toISOString().slice(0, 10)}${backupExtension}`,
		count: records.length
	};
}

/**
 * Reads and checks a backup's text, without any key: enough to say "a backup from 24 November,
 * 12 items", and then handed to prepareImport so the file is parsed once.
 */
export function readBackup(text: string): BackupFile {
	return readBackupFile(text);
}

export type BackupSecret = Secret;

export interface PendingImport {
	exportedAt: string;
	counts: ImportCounts;
	/** What merging would do; only when a journal is open here to merge into. */
	merge: MergeCounts | null;
	replace(): Promise<void>;
	/** Merges, and returns what it did (another tab may have changed things since `merge`). */
	applyMerge(): Promise<MergeCounts>;
	/** Forgets the backup's key without importing. */
	cancel(): void;
}

async function backupKey(vault: Vault, keys: WrappedKeys, secret: BackupSecret) {
	try {
		return await unlockWithSecret(keys, secret, vault.derive);
	} catch (error) {
		if (error instanceof WrongPassphraseError) throw new WrongBackupSecretError('passphrase');
		if (error instanceof WrongRecoveryKeyError) throw new WrongBackupSecretError('recovery key');
		throw error;
	}
}

/** Unlocks and checks a backup, for putting back parts of this journal from it. */
export async function openBackup(vault: Vault, file: BackupFile, secret: BackupSecret) {
	return verifyBackup(file, await backupKey(vault, file.keys, secret));
}

/**
 * Reads, unlocks and checks a whole backup without writing anything. Any problem throws a
 * person-facing error and leaves the journal as it was.
 */
export async function prepareImport(
	vault: Vault,
	backup: BackupFile | string,
	secret: BackupSecret
): Promise<PendingImport> {
	const file = typeof backup === 'string' ? readBackupFile(backup) : backup;
	const dataKey = await backupKey(vault, file.keys, secret);
	const verified = verifyBackup(file, dataKey);
	const open = vault.status === 'unlocked' ? vault.internals() : null;
	const merge = open
		? await planMerge(open.db, verified, open.dataKey, (records) =>
				open.repository.versionsOf(records)
			)
		: null;
	const db = vault.database();
	return {
		exportedAt: file.exportedAt,
		counts: countBackup(verified),
		merge: merge?.counts ?? null,
		async replace() {
			const settings = { ...(open ? vault.settings : defaultVaultSettings), lastBackupAt: null };
			await replaceWith(db, verified, (key) => sealSettings(key, settings));
			await vault.adopt(file.keys, dataKey, settings);
			// Other tabs hold the discarded key: they lock without saving, and reload.
			vault.changes.announceReplaced();
		},
		async applyMerge() {
			if (!merge) throw new Error('There is no open journal to merge into.');
			const counts = await merge.apply();
			wipe(dataKey);
			vault.changes.announceAllChanged();
			return counts;
		},
		cancel() {
			wipe(dataKey);
		}
	};
}
