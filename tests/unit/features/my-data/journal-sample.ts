import type { Checkin } from '$lib/domain/journey/checkin';
import { newGoal, type Goal } from '$lib/domain/journey/goal';
import type { JourneyEntry } from '$lib/domain/journey/goal-journey';
import { newJournalEntry, type JournalEntry } from '$lib/domain/journal/journal-entry';
import { newReview, type Review } from '$lib/domain/journey/review';
import { newSessionNote, type SessionNote } from '$lib/domain/journey/session-note';
import type { Saved } from '$lib/domain/record-kind';
import type { GoalWithJourney } from '$lib/features/records/goal-store';
import type { PlanRecords } from '$lib/features/records/plan-records';

// A small journal written in ordinary words, for the export tests to build on.

export const saved = <T>(
	id: string,
	data: T,
	createdAt = '2026-03-01T09:00:00.000Z'
): Saved<T> => ({
	id,
	createdAt,
	updatedAt: createdAt,
	revision: 1,
	data
});

export function goal(
	id: string,
	over: Partial<Goal>,
	journey: JourneyEntry[] = [],
	createdAt?: string
): GoalWithJourney {
	return { goal: saved(id, { ...newGoal(), ...over }, createdAt), journey };
}

export const progress = (id: string, on: string, scale: number, note = ''): JourneyEntry => ({
	id,
	type: 'progress',
	at: `${on}T12:00:00.000Z`,
	updatedAt: `${on}T12:00:00.000Z`,
	on,
	scale,
	note
});

export const setback = (
	id: string,
	on: string,
	words: Partial<Record<'happened' | 'helped' | 'gotInWay' | 'learnt', string>>
): JourneyEntry => ({
	id,
	type: 'setback',
	at: `${on}T12:00:00.000Z`,
	updatedAt: `${on}T12:00:00.000Z`,
	on,
	happened: '',
	helped: '',
	gotInWay: '',
	learnt: '',
	...words
});

export const entry = (id: string, over: Partial<JournalEntry>, createdAt: string) =>
	saved(id, { ...newJournalEntry(), ...over }, createdAt);

export const session = (id: string, over: Partial<SessionNote> & { date: string }) =>
	saved(id, { ...newSessionNote(over.date), ...over });

export const review = (id: string, over: Partial<Review> & { date: string }) =>
	saved(id, { ...newReview(over.date), ...over });

export const checkin = (id: string, at: string, over: Partial<Checkin> = {}): Checkin => ({
	id,
	at,
	updatedAt: at,
	scores: {},
	ticked: [],
	helped: '',
	note: '',
	...over
});

export function plan(sections: Record<string, Record<string, unknown>>): PlanRecords {
	const records: PlanRecords = new Map();
	for (const [id, data] of Object.entries(sections))
		records.set(id as never, saved(`plan-${id}`, data, '2026-02-10T10:00:00.000Z'));
	return records;
}
