import * as v from 'valibot';

// This device's settings for the vault, kept sealed in the database (they say when the person
// last made a backup, which is theirs to know).

export const lockAfterChoices = [1, 2, 5, 10, 15, 30] as const;

export const vaultSettingsSchema = v.object({
	lockAfterMinutes: v.picklist(lockAfterChoices),
	lastBackupAt: v.nullable(v.pipe(v.string(), v.isoTimestamp()))
});

export type VaultSettings = v.InferOutput<typeof vaultSettingsSchema>;

export const defaultVaultSettings: VaultSettings = { lockAfterMinutes: 5, lastBackupAt: null };

const backupReminderDays = 30;

/** Whether to suggest a backup: never made, or the last one is more than 30 days old. */
export function backupIsDue(lastBackupAt: string | null, now: Date): boolean {
	if (lastBackupAt === null) return true;
	return now.getTime() - Date.parse(lastBackupAt) > backupReminderDays * 24 * 60 * 60 * 1000;
}
