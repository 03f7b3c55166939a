import { mdHeading, mdInline, mdStrong } from '$lib/domain/formats/markdown-write';
import { defaultScales, type Checkin, type ScaleSettings } from '$lib/domain/journey/checkin';
import type { JournalEntry } from '$lib/domain/journal/journal-entry';
import type { Review } from '$lib/domain/journey/review';
import type { SessionNote } from '$lib/domain/journey/session-note';
import type { UnmetNeeds } from '$lib/domain/journey/unmet-needs';
import type { Saved } from '$lib/domain/record-kind';
import type { GoalWithJourney } from '$lib/features/records/goal-store';
import type { PlanRecords } from '$lib/features/records/plan-records';
import { checkinsMarkdown } from './checkins-markdown';
import { entriesMarkdown, writtenEntries } from './entries-markdown';
import { goalsMarkdown } from './goals-markdown';
import { block, bullets } from './markdown-blocks';
import { joinNow, joinPaced, type PaceOptions } from './paced';
import { hasNeeds, hasPlan, needsMarkdown, planMarkdown } from './plan-markdown';
import { reviewsMarkdown, sessionsMarkdown, writtenSessions } from './sessions-markdown';
import { text } from './text';
import { ZonedDates } from './zoned-dates';

// The whole journal, or the parts a person chooses, as one Markdown document to keep or print:
// a header saying what it is, when it was made and that it is not encrypted, then each chosen
// part that holds something, under its own heading. Every word the person wrote is escaped
// (markdown-write.ts), so nothing they typed can change the document's structure.

export const journalPartIds = [
	'plan',
	'goals',
	'checkins',
	'journal',
	'sessions',
	'reviews',
	'needs'
] as const;
export type JournalPartId = (typeof journalPartIds)[number];

/** The parts a person can choose, in the document's order, with their names for checkboxes. */
export const journalParts: readonly { id: JournalPartId; name: string }[] = journalPartIds.map(
	(id) => ({ id, name: text.parts[id] })
);

/** What the document is made from, loaded by the screen; a part not chosen needs no data. */
export interface JournalExportData {
	plan?: PlanRecords;
	goals?: readonly GoalWithJourney[];
	checkins?: readonly Checkin[];
	/** The check-in scales; the defaults when not given. */
	scales?: ScaleSettings;
	entries?: readonly Saved<JournalEntry>[];
	sessions?: readonly Saved<SessionNote>[];
	reviews?: readonly Saved<Review>[];
	unmetNeeds?: UnmetNeeds | null;
}

export interface JournalMarkdownOptions {
	/** The person's time zone, an IANA name: Intl.DateTimeFormat().resolvedOptions().timeZone. */
	timeZone: string;
	/** When the document is made, as its header says. */
	now: Date;
	/** The parts to include; all of them when not given. */
	parts?: Iterable<JournalPartId>;
}

type Part = {
	has: (data: JournalExportData) => boolean;
	write: (
		data: JournalExportData,
		dates: ZonedDates,
		goals: Map<string, string>
	) => Iterable<string>;
};

const parts: Record<JournalPartId, Part> = {
	plan: { has: (d) => hasPlan(d.plan), write: (d, dates) => planMarkdown(d.plan!, dates) },
	goals: {
		has: (d) => Boolean(d.goals?.length),
		write: (d, dates) => goalsMarkdown(d.goals!, dates)
	},
	checkins: {
		has: (d) => Boolean(d.checkins?.length),
		write: (d, dates) => checkinsMarkdown(d.checkins!, d.scales ?? defaultScales, dates)
	},
	journal: {
		has: (d) => writtenEntries(d.entries).length > 0,
		write: (d, dates, goals) => entriesMarkdown(d.entries!, goals, dates)
	},
	sessions: {
		has: (d) => writtenSessions(d.sessions).length > 0,
		write: (d, dates, goals) => sessionsMarkdown(d.sessions!, goals, dates)
	},
	reviews: {
		has: (d) => Boolean(d.reviews?.length),
		write: (d, dates) => reviewsMarkdown(d.reviews!, dates)
	},
	needs: { has: (d) => hasNeeds(d.unmetNeeds), write: (d) => needsMarkdown(d.unmetNeeds!) }
};

export function* journalMarkdownPieces(
	data: JournalExportData,
	{ timeZone, now, parts: chosen = journalPartIds }: JournalMarkdownOptions
): Generator<string> {
	const dates = new ZonedDates(timeZone);
	const wanted = new Set(chosen);
	const included = journalPartIds.filter((id) => wanted.has(id) && parts[id].has(data));
	const t = text.document;
	yield block(mdHeading(1, t.title));
	yield block(mdInline(t.made(dates.stamp(now))));
	yield block(`> **${mdInline(t.notEncrypted)}**`);
	if (!included.length) {
		yield block(mdInline(t.empty));
		return;
	}
	yield block(mdStrong(t.contents)) + bullets(included.map((id) => mdInline(text.parts[id])));
	const goalTitles = new Map(
		(data.goals ?? []).map(({ goal }) => [goal.id, goal.data.title.trim() || text.goals.untitled])
	);
	for (const id of included) {
		yield block(mdHeading(2, text.parts[id]));
		yield* parts[id].write(data, dates, goalTitles);
	}
}

/** The Markdown document's text. */
export function journalMarkdown(data: JournalExportData, options: JournalMarkdownOptions): string {
	return joinNow(journalMarkdownPieces(data, options));
}

/** The same text, made a slice at a time so the page stays responsive (paced.ts). */
export function journalMarkdownPaced(
	data: JournalExportData,
	options: JournalMarkdownOptions & PaceOptions
): Promise<string> {
	return joinPaced(journalMarkdownPieces(data, options), options);
}
