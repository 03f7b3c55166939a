import * as v from 'valibot';
import { defineKind } from './record-kind';

// A dated piece of free writing. Kept deliberately open: the journal issue adds mood words,
// links and pinning as optional fields, which need no migration.

export const journalEntryLimits = { title: 200, text: 100_000 } as const;

export const journalEntrySchema = v.object({
	title: v.pipe(v.string(), v.maxLength(journalEntryLimits.title)),
	text: v.pipe(v.string(), v.maxLength(journalEntryLimits.text))
});

export type JournalEntry = v.InferOutput<typeof journalEntrySchema>;

export const journalEntryKind = defineKind<JournalEntry>('journal-entry', journalEntrySchema);

/** What an entry is called in a list: its title, else its first line, else its date. */
export function entryHeading(entry: JournalEntry): string {
	const title = entry.title.trim();
	if (title) return title;
	const firstLine = entry.text.trim().split('\n', 1)[0] ?? '';
	return firstLine.length > 80 ? `${firstLine.slice(0, 79)}…` : firstLine;
}
