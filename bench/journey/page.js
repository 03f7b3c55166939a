// Runs inside Chromium on the app's own origin (served beside the app's build), so the journal it
// writes is the one the app then opens: ten years of a person's journey (dataset.js), written
// through the vault's own repository, as the app would have written it day by day.
import { vault } from '$lib/vault';
import { PendingRecoveryKey } from '$lib/vault/pending-recovery-key';
import { writeJourney } from './dataset.js';

window.seed = async ({ passphrase, ...dataset }) => {
	await vault.open();
	await vault.create(passphrase, new PendingRecoveryKey());
	const counts = await writeJourney(dataset);
	vault.lock();
	vault.close();
	return counts;
};
