import { createHash } from 'node:crypto';
import { minimumCost, type KdfParams } from '$lib/crypto/kdf';
import { PendingRecoveryKey } from '$lib/vault/pending-recovery-key';
import { defineDatabase, currentVersion } from '$lib/vault/schema';
import { Vault } from '$lib/vault/vault.svelte';

// Argon2id is tested in tests/unit/crypto; here a fast stand-in keeps vault tests quick.
export const fastDerive = async (passphrase: string, params: KdfParams) =>
	new Uint8Array(
		createHash('sha256')
			.update(`${params.salt}:${passphrase.normalize('NFC')}`)
			.digest()
	);

let databases = 0;
export function freshName() {
	return `waymark-test-${++databases}-${Math.random().toString(36).slice(2)}`;
}

/** A vault as one tab sees it; `upTo` is the schema version that tab's code knows. */
export function testVault(name = freshName(), upTo = currentVersion) {
	return new Vault({
		derive: fastDerive,
		calibrate: async () => minimumCost,
		database: () => defineDatabase(upTo, name)
	});
}

export async function newJournal(passphrase = 'a quiet harbour at dawn', name = freshName()) {
	const vault = testVault(name);
	await vault.open();
	const recovery = new PendingRecoveryKey();
	await vault.create(passphrase, recovery);
	return { vault, recovery, name, passphrase };
}
