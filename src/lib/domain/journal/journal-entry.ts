import * as v from 'valibot';
import { textLimits } from '$lib/domain/text-limits';
import { defineKind } from '$lib/domain/record-kind';
import { linksSchema } from './journal-link';

// A dated piece of free writing, with what the person chooses to add: a title, a word for their
// mood, links to goals or parts of their plan, a pin to keep it at the top. Fields added after
// the first release are optional with a default, so entries written before them still open.

export const journalEntryLimits = { title: 200, text: textLimits.text, mood: 60 } as const;

export const journalEntrySchema = v.object({
	title: v.pipe(v.string(), v.maxLength(journalEntryLimits.title)),
	text: v.pipe(v.string(), v.maxLength(journalEntryLimits.text)),
	mood: v.optional(v.pipe(v.string(), v.maxLength(journalEntryLimits.mood)), ''),
	links: linksSchema,
	pinned: v.optional(v.boolean(), false)
});

export type JournalEntry = v.InferOutput<typeof journalEntrySchema>;

export const journalEntryKind = defineKind<JournalEntry>('journal-entry', journalEntrySchema);

export function newJournalEntry(): JournalEntry {
	return { title: '', text: '', mood: '', links: [], pinned: false };
}

/** Whether the person has written anything in it yet. */
export function isBlankEntry(entry: JournalEntry): boolean {
	return !entry.title.trim() && !entry.text.trim() && !entry.mood.trim();
}

/** What an entry is called in a list: its title, else its first line, else its date. */
export function entryHeading(entry: Pick<JournalEntry, 'title' | 'text'>): string {
	const title = entry.title.trim();
	if (title) return title;
	const firstLine = entry.text.trim().split('\n', 1)[0] ?? '';
	return firstLine.length > 80 ? `${firstLine.slice(0, 79)}…` : firstLine;
}

/** Pinned entries first, then newest written first (the order a journal is read in). */
export function journalOrder<E extends { createdAt: string; data: { pinned: boolean } }>(
	entries: E[]
): E[] {
	return [...entries].sort(
		(a, b) =>
			Number(b.data.pinned) - Number(a.data.pinned) || b.createdAt.localeCompare(a.createdAt)
	);
}
