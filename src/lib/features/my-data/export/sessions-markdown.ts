import { mdHeading, mdStrong } from '$lib/domain/formats/markdown-write';
import type { Saved } from '$lib/domain/record-kind';
import { isEmptySessionNote, type SessionNote } from '$lib/domain/journey/session-note';
import type { Review } from '$lib/domain/journey/review';
import { block, bullets, facts, itemText, labelledText } from './markdown-blocks';
import { text } from './text';
import type { ZonedDates } from './zoned-dates';

// Session notes and reviews in the Markdown export, oldest first, as they happened: what was
// talked about and agreed, what went well and what changed. Notes with nothing in them are left out.

const oldestFirst = <T extends { date: string }>(records: readonly Saved<T>[]) =>
	records.toSorted(
		(a, b) => a.data.date.localeCompare(b.data.date) || a.createdAt.localeCompare(b.createdAt)
	);

export const writtenSessions = (notes: readonly Saved<SessionNote>[] | undefined) =>
	(notes ?? []).filter((n) => !isEmptySessionNote(n.data));

export function* sessionsMarkdown(
	notes: readonly Saved<SessionNote>[],
	goalTitles: ReadonlyMap<string, string>,
	dates: ZonedDates
): Generator<string> {
	const t = text.sessions;
	for (const { data: n } of oldestFirst(writtenSessions(notes))) {
		let out = block(mdHeading(3, t.heading(dates.calendarDay(n.date), n.who.trim())));
		if (n.talkedAbout.trim()) out += labelledText(t.talkedAbout, n.talkedAbout);
		const goals = n.goals.flatMap((id) => goalTitles.get(id) ?? []);
		if (goals.length) out += block(mdStrong(t.goals)) + bullets(goals.map(itemText));
		if (n.agreed.trim()) out += labelledText(t.agreed, n.agreed);
		if (n.nextDate) out += facts([t.next(dates.calendarDay(n.nextDate))]);
		yield out;
	}
}

export function* reviewsMarkdown(
	reviews: readonly Saved<Review>[],
	dates: ZonedDates
): Generator<string> {
	const t = text.reviews;
	for (const { data: r } of oldestFirst(reviews)) {
		let out = block(mdHeading(3, t.heading(dates.calendarDay(r.date), r.full)));
		if (r.wentWell.trim()) out += labelledText(t.wentWell, r.wentWell);
		if (r.needsChanged.trim()) out += labelledText(t.needsChanged, r.needsChanged);
		if (r.planChanges.trim()) out += labelledText(t.planChanges, r.planChanges);
		if (r.nextDate) out += facts([t.next(dates.calendarDay(r.nextDate))]);
		yield out;
	}
}
