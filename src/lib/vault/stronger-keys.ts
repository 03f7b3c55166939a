import type { ArgonCost } from '$lib/crypto/kdf';
import { changePassphrase, type DeriveKey, type WrappedKeys } from '$lib/crypto/keyring';
import { raisedCost } from './kdf-calibration';
import type { WaymarkDb } from './schema';

// A journal made on a busy moment (or an old, slow phone) got weak Argon2id parameters. When an
// unlock shows the device can do better, the data key is wrapped again under the passphrase
// with the parameters a fresh calibration picks, never weaker than those stored. Records and
// the recovery key's wrapping do not change.

export async function strongerKeys(
	keys: WrappedKeys,
	dataKey: Uint8Array,
	passphrase: string,
	{
		calibrate,
		derive,
		stillWanted
	}: {
		calibrate: () => Promise<ArgonCost>;
		derive: DeriveKey;
		/** Asked after calibrating: false (the journal locked) stops before the passphrase is used. */
		stillWanted: () => boolean;
	}
): Promise<WrappedKeys | null> {
	const cost = raisedCost(keys.kdf, await calibrate());
	if (!cost || !stillWanted()) return null;
	return changePassphrase(keys, dataKey, passphrase, { cost, derive });
}

/**
 * Stores `stronger` in place of `keys`, unless the stored keys changed meanwhile (a new
 * passphrase or recovery key set in another tab): those win. Returns whether it stored them.
 */
export function replaceKeysIfUnchanged(
	db: WaymarkDb,
	keys: WrappedKeys,
	stronger: WrappedKeys
): Promise<boolean> {
	return db.transaction('rw', db.meta, async () => {
		const stored = (await db.meta.get('keys'))?.value as WrappedKeys | undefined;
		if (stored?.byPassphrase !== keys.byPassphrase || stored.byRecoveryKey !== keys.byRecoveryKey)
			return false;
		await db.meta.put({ key: 'keys', value: stronger });
		return true;
	});
}
