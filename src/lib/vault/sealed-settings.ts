import * as v from 'valibot';
import { TamperedRecordError } from '$lib/crypto/errors';
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

export interface OpenedSettings {
	settings: VaultSettings;
	/** False when a settings row was there but could not be opened or read: the defaults stand in. */
	readable: boolean;
}

/**
 * The stored settings, or the defaults when there are none or they cannot be read. Settings
 * are only settings: one damaged byte here must never keep the person out of their journal.
 */
export function openSettings(dataKey: Uint8Array, row: MetaRow | undefined): OpenedSettings {
	if (row === undefined) return { settings: defaultVaultSettings, readable: true };
	if (typeof row.value !== 'string') return { settings: defaultVaultSettings, readable: false };
	const stored = { id: settingsId, kind: settingsId, ciphertext: row.value };
	let opened: unknown;
	try {
		opened = openRecord(dataKey, stored);
	} catch (error) {
		if (error instanceof TamperedRecordError)
			return { settings: defaultVaultSettings, readable: false };
		throw error;
	}
	const parsed = v.safeParse(vaultSettingsSchema, opened);
	return parsed.success
		? { settings: parsed.output, readable: true }
		: { settings: defaultVaultSettings, readable: false };
}
