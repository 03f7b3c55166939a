import { checkinYear } from '$lib/domain/journey/checkin';
import type { ImportApp, ImportWarning, SkipReason } from './imported-day';
import type { ImportPlan, MoodWord, PlannedRow, RowNoteKind } from './import-plan';

// What the screen shows before anything is written, as data: how many check-ins and entries,
// the rows skipped and why, what was changed on the way (times stood in or moved by a clock
// change, text split or shortened), the first and last day, and the first rows of the file
// exactly as they will be written.

export interface Counted<K> {
	kind: K;
	count: number;
	/** The first few lines it happened on, for "see line 12, 40 and 41". */
	lines: number[];
}

export interface ImportPreview {
	app: ImportApp;
	checkins: number;
	entries: number;
	skipped: Counted<SkipReason>[];
	notes: Counted<RowNoteKind>[];
	warnings: ImportWarning[];
	/** The first and last calendar day imported, or null when nothing is. */
	first: string | null;
	last: string | null;
	/**
	 * Check-ins per year: the journal keeps each year's in one record of at most 5,000 (with
	 * those already there), which the write must check.
	 */
	years: { year: number; checkins: number }[];
	moods: MoodWord[];
	/** The rows nearest the top of the file, as they will be written. */
	sample: PlannedRow[];
}

const linesShown = 10;

export function previewImport(plan: ImportPlan, sampleSize = 5): ImportPreview {
	const years = new Map<number, number>();
	for (const checkin of plan.checkins) {
		const year = checkinYear(checkin.at);
		years.set(year, (years.get(year) ?? 0) + 1);
	}
	const days = plan.rows.map((row) => row.day);
	return {
		app: plan.app,
		checkins: plan.checkins.length,
		entries: plan.entries.length,
		skipped: counted(plan.skipped.map((s) => ({ kind: s.reason, line: s.line }))),
		notes: counted(plan.notes.map((n) => ({ kind: n.kind, line: n.line }))),
		warnings: plan.warnings,
		first: days.length ? days.reduce((a, b) => (a < b ? a : b)) : null,
		last: days.length ? days.reduce((a, b) => (a > b ? a : b)) : null,
		years: [...years].sort(([a], [b]) => a - b).map(([year, checkins]) => ({ year, checkins })),
		moods: plan.moods,
		sample: plan.rows.toSorted((a, b) => a.line - b.line).slice(0, sampleSize)
	};
}

function counted<K>(items: { kind: K; line: number }[]): Counted<K>[] {
	const byKind = new Map<K, Counted<K>>();
	for (const { kind, line } of items) {
		const seen = byKind.get(kind) ?? { kind, count: 0, lines: [] };
		seen.count++;
		if (seen.lines.length < linesShown) seen.lines.push(line);
		byKind.set(kind, seen);
	}
	return [...byKind.values()].sort((a, b) => b.count - a.count);
}
