import { mdHeading, mdText } from '$lib/domain/formats/markdown-write';
import { entryHeading, isBlankEntry, type JournalEntry } from '$lib/domain/journal/journal-entry';
import type { JournalLink } from '$lib/domain/journal/journal-link';
import type { Saved } from '$lib/domain/record-kind';
import { sectionText } from '$lib/features/records/section-text';
import { block, facts } from './markdown-blocks';
import { text } from './text';
import type { ZonedDates } from './zoned-dates';

// Journal entries in the Markdown export, oldest first, as they were lived: each under its
// title (or first line), with when it was written, its mood word, what it is about, and all
// its words. Entries with nothing written are left out.

export const writtenEntries = (entries: readonly Saved<JournalEntry>[] | undefined) =>
	(entries ?? []).filter((e) => !isBlankEntry(e.data));

export function* entriesMarkdown(
	entries: readonly Saved<JournalEntry>[],
	goalTitles: ReadonlyMap<string, string>,
	dates: ZonedDates
): Generator<string> {
	const t = text.journal;
	const written = writtenEntries(entries).toSorted(
		(a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)
	);
	const headings = new Map(written.map((e) => [e.id, entryHeading(e.data)]));
	const linkName = (link: JournalLink): string | undefined =>
		link.to === 'goal'
			? goalTitles.get(link.id)
			: link.to === 'plan'
				? sectionText[link.id as keyof typeof sectionText]?.title
				: headings.get(link.id) || undefined;
	for (const { data: e, createdAt } of written) {
		const about = e.links.flatMap((link) => linkName(link) ?? []);
		const words = e.text.trim() ? block(mdText(e.text)) : '';
		yield (
			block(mdHeading(3, entryHeading(e) || t.untitled)) +
			facts(
				[
					t.written(dates.moment(createdAt)),
					e.mood.trim() ? t.mood(e.mood.trim()) : '',
					e.pinned ? t.pinned : '',
					about.length ? t.about(about) : ''
				].filter(Boolean)
			) +
			words
		);
	}
}
