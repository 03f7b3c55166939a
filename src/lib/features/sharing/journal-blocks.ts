import { entryHeading, type JournalEntry } from '$lib/domain/journal/journal-entry';
import type { Saved } from '$lib/domain/record-kind';
import { foldText, queryTerms, startsTerm } from '$lib/domain/search/fold';
import { summaryLimits, type SummarySection } from '$lib/share/summary';
import { formatDay } from '$lib/ui/format-date';
import { text } from './text';

// Journal entries in a summary: the person picks them one by one from a list of what they have
// written, and each goes in whole, with its heading and the day it was written.

export const isWritten = (e: Saved<JournalEntry>) =>
	Boolean(e.data.title.trim() || e.data.text.trim());

/** The entries a person can pick from: those with a title or words, newest written first
 * (a pin keeps an entry at the top of the journal, not here). */
export function shareableEntries(entries: readonly Saved<JournalEntry>[]): Saved<JournalEntry>[] {
	return entries
		.filter(isWritten)
		.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
}

/** Each entry is three blocks at most (heading, date, words): as many as one section holds. */
export const maxSharedEntries = Math.floor(summaryLimits.blocks / 3);

/** Whether an entry's words would be cut short to fit a summary. */
export const entryTooLong = (entry: Saved<JournalEntry>) =>
	entry.data.text.trim().length > summaryLimits.text;

export function journalSections(
	entries: readonly Saved<JournalEntry>[],
	picked: ReadonlySet<string>
): SummarySection[] {
	// Oldest first, so the worker reads them in the order they were lived, as a goal's progress
	// reads; the picker lists newest first because that is where a person looks for them.
	const chosen = shareableEntries(entries)
		.filter((e) => picked.has(e.id))
		.slice(0, maxSharedEntries)
		.reverse();
	if (!chosen.length) return [];
	return [
		{
			id: 'journal',
			title: text.sections.journal,
			b: chosen.flatMap((e): SummarySection['b'] => {
				const words = e.data.text.trim();
				return [
					{ k: 'h', t: entryHeading(e.data) },
					{ k: 'note', t: text.journal.written(formatDay(e.createdAt)) },
					...(words ? [{ k: 'p' as const, t: words }] : [])
				];
			})
		}
	];
}

// Folded once per entry read, not on every key pressed in the picker's search.
const foldedEntries = new WeakMap<Saved<JournalEntry>, string>();

/** Which entries hold every word of a search in their title or words, accents and capitals
 * aside, each at the start of a word as the journal's search finds them. */
export function entryFilter(query: string): (entry: Saved<JournalEntry>) => boolean {
	const terms = queryTerms(query);
	return (entry) => {
		let words = foldedEntries.get(entry);
		if (words === undefined) {
			words = foldText(`${entry.data.title}\n${entry.data.text}`);
			foldedEntries.set(entry, words);
		}
		const folded = words;
		return terms.every((term) => {
			for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1))
				if (startsTerm(folded, at, term)) return true;
			return false;
		});
	};
}
