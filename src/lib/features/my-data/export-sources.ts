import { journalEntryKind } from '$lib/domain/journal/journal-entry';
import { goalKind } from '$lib/domain/journey/goal';
import { sessionNoteKind } from '$lib/domain/journey/session-note';
import { unmetNeedsKind } from '$lib/domain/journey/unmet-needs';
import { loadAllCheckins, loadScales } from '$lib/features/records/checkin-store';
import { loadGoals, type GoalWithJourney } from '$lib/features/records/goal-store';
import { loadPlan } from '$lib/features/records/plan-records';
import { loadReviews } from '$lib/features/records/review-store';
import { vault } from '$lib/vault';
import type { Reader } from '$lib/vault/repository';
import type { JournalExportData, JournalPartId } from './export/journal-markdown';

// What an export is made from, read when the person asks for it: only the parts chosen. What
// does not open is counted, so the screen says the file lacks it (Check my journal, in
// Settings, finds and repairs it) rather than leave it out unsaid.

export interface ExportSources {
	data: JournalExportData;
	/** Check-ins (or whole years of them) that did not open and so are not in the file. */
	unreadCheckins: number;
}

// Entries and session notes name the goals they are about; without the Goals part, the names are
// all they need, so no goal's journey is opened.
async function goalNames(records: Reader): Promise<GoalWithJourney[]> {
	return (await records.list(goalKind)).map((goal) => ({ goal, journey: [] }));
}

export async function loadExportData(
	parts: ReadonlySet<JournalPartId>,
	now = new Date()
): Promise<ExportSources> {
	const records = vault.records;
	const want = (part: JournalPartId) => parts.has(part);
	const [plan, goals, checkins, scales, entries, sessions, reviews, needs] = await Promise.all([
		want('plan') ? loadPlan(records) : undefined,
		want('goals')
			? loadGoals(records)
			: want('journal') || want('sessions')
				? goalNames(records)
				: undefined,
		want('checkins') ? loadAllCheckins(now, undefined, records) : undefined,
		want('checkins') ? loadScales(records) : undefined,
		want('journal') ? records.list(journalEntryKind) : undefined,
		want('sessions') ? records.list(sessionNoteKind) : undefined,
		want('reviews') ? loadReviews(records) : undefined,
		want('needs') ? records.list(unmetNeedsKind) : undefined
	]);
	const unreadCheckins = (checkins?.unread ?? []).reduce((sum, year) => sum + year.parts, 0);
	const data: JournalExportData = {
		plan,
		goals,
		checkins: checkins?.checkins,
		scales,
		entries,
		sessions,
		reviews: reviews?.reviews,
		unmetNeeds: needs ? (needs[0]?.data ?? null) : undefined
	};
	return { data, unreadCheckins };
}
