import { afterEach, describe, expect, it } from 'vitest';
import { minimumCost, type ArgonCost, type KdfParams } from '$lib/crypto/kdf';
import { exportBackup, prepareImport } from '$lib/vault/backup';
import { BackupFormatError, BackupTooCostlyError, readBackupFile } from '$lib/vault/backup-file';
import { WrongBackupSecretError } from '$lib/vault/errors';
import { PendingRecoveryKey } from '$lib/vault/pending-recovery-key';
import { defineDatabase } from '$lib/vault/schema';
import { Vault } from '$lib/vault/vault.svelte';
import { fastDerive, freshName } from './helpers';

// A backup names the Argon2id cost its passphrase was wrapped with. Anything past what
// calibration ever chooses (64 MiB, 8 passes, one lane) is refused before any derivation.

let open: Vault[] = [];
afterEach(() => {
	for (const vault of open) vault.close();
	open = [];
});

async function backupAsking(cost: Partial<ArgonCost>) {
	const derived: KdfParams[] = [];
	const vault = new Vault({
		derive: async (passphrase, params) => {
			derived.push(params);
			return fastDerive(passphrase, params);
		},
		calibrate: async () => minimumCost,
		database: () => defineDatabase(undefined, freshName())
	});
	open.push(vault);
	await vault.open();
	await vault.create('the passphrase of the backup', new PendingRecoveryKey());
	const file = JSON.parse((await exportBackup(vault)).text);
	file.keys.kdf = { ...file.keys.kdf, ...cost };
	derived.length = 0;
	return { vault, text: JSON.stringify(file), derived };
}

describe('a backup asking for costly key parameters', () => {
	it('is accepted at the most calibration ever chooses', async () => {
		const { vault, text, derived } = await backupAsking({ memoryKiB: 64 * 1024, iterations: 8 });
		expect(readBackupFile(text).keys.kdf).toMatchObject({ memoryKiB: 65536, iterations: 8 });
		// It goes on to the passphrase (the stand-in derivation here ignores the cost).
		const pending = await prepareImport(vault, text, {
			passphrase: 'the passphrase of the backup'
		});
		pending.cancel();
		expect(derived).toHaveLength(1);
	});

	for (const [what, cost] of [
		['one pass more', { memoryKiB: 64 * 1024, iterations: 9 }],
		['one KiB more', { memoryKiB: 64 * 1024 + 1, iterations: 8 }],
		['a second lane', { parallelism: 2 }],
		['1 GiB and 64 passes', { memoryKiB: 1024 * 1024, iterations: 64 }]
	] as const)
		it(`is refused at once, with its own error, when it asks for ${what}`, async () => {
			const { vault, text, derived } = await backupAsking(cost);
			expect(() => readBackupFile(text)).toThrow(BackupTooCostlyError);
			const attempt = prepareImport(vault, text, { passphrase: 'the passphrase of the backup' });
			await expect(attempt).rejects.toThrow(BackupTooCostlyError);
			await expect(attempt).rejects.not.toThrow(WrongBackupSecretError);
			await expect(attempt).rejects.not.toThrow(BackupFormatError);
			expect(derived).toHaveLength(0);
		});
});
