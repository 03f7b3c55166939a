import { checked } from '$lib/domain/checked';
import { journalEntryLimits, journalEntrySchema } from '$lib/domain/journal/journal-entry';
import { importEntryId } from './import-ids';
import { shortened, splitText, type ImportNoteWords } from './import-note';
import type { PlannedEntry, RowNoteKind } from './import-plan';
import type { ImportedDay } from './imported-day';

// The journal entries a row's writing becomes: its title and text, at the moment of the row,
// with its mood word. Nothing is cut away: a title longer than an entry's title may hold is
// shortened and written out whole as the text's first paragraph, and text longer than one
// entry holds is split into parts ("1 of 3"), each a moment (a millisecond) after the last so
// they keep their order. Each change is noted for the preview.

export interface EntryContext {
	fingerprint: string;
	importedAt: string;
	words: ImportNoteWords;
	note: (kind: RowNoteKind) => void;
}

/** The entries for a row's writing (none when there is none), each checked by its schema. */
export function entriesFor(
	day: ImportedDay,
	text: string,
	overflow: string,
	c: EntryContext
): PlannedEntry[] {
	if (!day.title && !text && !overflow) return [];
	const limits = journalEntryLimits;
	let title = day.title;
	let body = [text, overflow].filter(Boolean).join('\n\n');
	if (title.length > limits.title) {
		c.note('title-shortened');
		body = body ? `${title}\n\n${body}` : title;
		title = shortened(title, limits.title);
	}
	const word = day.mood?.word ?? '';
	if (word.length > limits.mood) c.note('mood-word-long');
	const mood = word.length <= limits.mood ? word : '';
	const parts = splitText(body, limits.text);
	if (parts.length > 1) c.note('note-split');
	const start = Date.parse(day.at);
	return parts.map((part, k) => {
		const partTitle =
			parts.length > 1 ? shortened(c.words.part(title, k + 1, parts.length), limits.title) : title;
		const data = checked(
			journalEntrySchema,
			{ title: partTitle, text: part, mood, links: [], pinned: false },
			'An imported journal entry'
		);
		return {
			id: importEntryId(c.fingerprint, day.line, k + 1),
			createdAt: new Date(start + k).toISOString(),
			updatedAt: c.importedAt,
			data
		};
	});
}
