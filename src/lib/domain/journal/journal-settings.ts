import * as v from 'valibot';
import { defineSingleKind } from '$lib/domain/record-kind';

// How the person wants their journal: for now, whether writing prompts are offered. Kept in the
// vault (and so in backups) rather than on the device, as it is part of how they write.

export const journalSettingsSchema = v.object({
	prompts: v.optional(v.boolean(), true)
});

export type JournalSettings = v.InferOutput<typeof journalSettingsSchema>;

export const journalSettingsKind = defineSingleKind<JournalSettings>(
	'journal-settings',
	journalSettingsSchema
);

export const defaultJournalSettings: JournalSettings = { prompts: true };
