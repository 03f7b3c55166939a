import {
	defaultJournalSettings,
	journalSettingsKind,
	type JournalSettings
} from '$lib/domain/journal/journal-settings';
import { vault } from '$lib/vault';
import { readSingle, writeSingle } from '$lib/vault/single-record';

// How the person wants their journal, read from the vault and changed from the screens.

export function loadJournalSettings(): Promise<JournalSettings> {
	return readSingle(vault.records, journalSettingsKind, defaultJournalSettings);
}

export function saveJournalSettings(settings: JournalSettings): Promise<void> {
	return writeSingle(vault.records, journalSettingsKind, settings);
}
