import * as v from 'valibot';
import { openRecord, sealRecord } from '$lib/crypto/record-envelope';
import {
	defaultVaultSettings,
	vaultSettingsSchema,
	type VaultSettings
} from '$lib/domain/vault-settings';
import type { MetaRow } from './schema';

// The vault's own settings on this device (lock time, last backup), sealed with the data key
// in the `meta` table like a record.

const settingsId = 'vault-settings';

export function sealSettings(dataKey: Uint8Array, settings: VaultSettings): MetaRow {
	return {
		key: 'settings',
		value: sealRecord(dataKey, settingsId, settingsId, settings).ciphertext
	};
}

/** The stored settings, or the defaults when there are none or they cannot be read. */
export function openSettings(dataKey: Uint8Array, row: MetaRow | undefined): VaultSettings {
	if (typeof row?.value !== 'string') return defaultVaultSettings;
	const stored = { id: settingsId, kind: settingsId, ciphertext: row.value };
	const parsed = v.safeParse(vaultSettingsSchema, openRecord(dataKey, stored));
	return parsed.success ? parsed.output : defaultVaultSettings;
}
