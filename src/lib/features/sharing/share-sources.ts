import { checkinYear, shownScales, type Checkin, type Scale } from '$lib/domain/journey/checkin';
import { addMonths, dayOf } from '$lib/domain/journey/days';
import { journalEntryKind, type JournalEntry } from '$lib/domain/journal/journal-entry';
import { sessionNoteKind, type SessionNote } from '$lib/domain/journey/session-note';
import { unmetNeedsKind, type UnmetNeeds } from '$lib/domain/journey/unmet-needs';
import type { PlanSection } from '$lib/domain/plan/plan-sections';
import { planSections } from '$lib/domain/plan/plan-sections';
import type { Saved } from '$lib/domain/record-kind';
import { vault } from '$lib/vault';
import { loadCheckins, loadScales } from '$lib/features/records/checkin-store';
import { loadGoals, type GoalWithJourney } from '$lib/features/records/goal-store';
import { offeredTo, type Offered } from '$lib/features/records/kind-offers';
import { loadPlan, personName, type PlanRecords } from '$lib/features/records/plan-records';
import { loadReviews } from '$lib/features/records/review-store';
import type { Reader } from '$lib/vault/repository';

// Everything a summary can be made from, read once when the person starts sharing. The summary
// itself is then made from these without further reads, so the preview follows every tick at once.

export interface ShareSources {
	today: string;
	name: string;
	/** Every journal entry, for the person to pick from one by one. */
	entries: Saved<JournalEntry>[];
	plan: PlanRecords;
	goals: GoalWithJourney[];
	checkins: Checkin[];
	scales: Scale[];
	sessions: Saved<SessionNote>[];
	unmetNeeds: UnmetNeeds | null;
	/** The day of the latest review the person recorded, if any. */
	lastReview: string | null;
}

/** How each part a kind of record offers to a summary (kind-offers.ts) is read. */
const partOf = {
	entries: (records) => records.list(journalEntryKind),
	plan: (records) => loadPlan(records),
	goals: (records) => loadGoals(records),
	checkins: (records, { now, firstYear }) => loadCheckins(now, firstYear, records),
	scales: async (records) => shownScales(await loadScales(records)),
	sessions: (records) => records.list(sessionNoteKind),
	unmetNeeds: async (records) => (await records.list(unmetNeedsKind))[0]?.data ?? null
} satisfies {
	[P in Offered<'share'>]: (
		records: Reader,
		reach: { now: Date; firstYear: number }
	) => Promise<ShareSources[P]>;
};

export async function loadShareSources(
	now = new Date(),
	records: Reader = vault.records
): Promise<ShareSources> {
	const today = dayOf(now);
	// The review first: no period reaches further back than it or a year, so older years of
	// check-ins are never opened.
	const lastReview = (await loadReviews(records)).reviews[0]?.data.date ?? null;
	const earliest = [addMonths(today, -12), lastReview ?? today].sort()[0];
	const [y, m, d] = earliest.split('-').map(Number);
	const firstYear = checkinYear(new Date(y, m - 1, d).toISOString());
	const parts = offeredTo('share');
	const loaded = await Promise.all(parts.map((part) => partOf[part](records, { now, firstYear })));
	// Typed as what is offered: a part of the sources that no kind offers fails to compile.
	const offered = Object.fromEntries(parts.map((part, n) => [part, loaded[n]])) as unknown as Pick<
		ShareSources,
		Offered<'share'>
	>;
	return { ...offered, today, name: personName(offered.plan), lastReview };
}

/** Every version of the sections changed after a day, for "what changed since my review". */
export async function loadPlanHistories(
	plan: PlanRecords,
	since: string
): Promise<{ section: PlanSection; history: Saved<Record<string, unknown>>[] }[]> {
	const changed = planSections.filter((section) => {
		const record = plan.get(section.id);
		return record && dayOf(new Date(record.updatedAt)) > since;
	});
	return Promise.all(
		changed.map(async (section) => ({
			section,
			history: await vault.records.history(section.kind, plan.get(section.id)!.id)
		}))
	);
}
