import { newRecordId } from '../../../src/lib/crypto/record-id';
import { checkinsKind, checkinYear, type Checkin } from '../../../src/lib/domain/journey/checkin';
import { addDays, dayOf } from '../../../src/lib/domain/journey/days';
import { goalKind, newGoal, type Goal } from '../../../src/lib/domain/journey/goal';
import { goalJourneyKind, type JourneyEntry } from '../../../src/lib/domain/journey/goal-journey';
import { newReview, reviewKind, type Review } from '../../../src/lib/domain/journey/review';
import {
	newSessionNote,
	sessionNoteKind,
	type SessionNote
} from '../../../src/lib/domain/journey/session-note';
import { unmetNeedsKind } from '../../../src/lib/domain/journey/unmet-needs';
import {
	journalEntryKind,
	newJournalEntry,
	type JournalEntry
} from '../../../src/lib/domain/journal/journal-entry';
import { findSection, type PlanSectionId } from '../../../src/lib/domain/plan/plan-sections';
import type { Repository } from '../../../src/lib/vault/repository';

// Factories for what a person writes, for journals seeded in Node (journal-seed.ts): each writes
// through the app's own repository, so records are exactly what the screens would have saved.

/** List items and cards as the plan's editors store them: each with an id of its own. */
export const list = (...texts: string[]) => texts.map((text) => ({ id: newRecordId(), text }));
export const items = (...parts: Record<string, string>[]) =>
	parts.map((part) => ({ id: newRecordId(), ...part }));

/** A moment as the app stores it: `at` a Date, an ISO string, or a local `YYYY-MM-DDTHH:mm`. */
function moment(at: Date | string): string {
	return (typeof at === 'string' ? new Date(at) : at).toISOString();
}

export type GoalSeed = Partial<Goal> & {
	title: string;
	/** Where I said I am now (0-10) as the goal was made, as the new-goal form asks. */
	progress?: number;
	/** More of the goal's story, in order: progress updates and setbacks. */
	journey?: (
		| { type: 'progress'; on?: string; scale: number; note?: string }
		| {
				type: 'setback';
				on?: string;
				happened?: string;
				helped?: string;
				gotInWay?: string;
				learnt?: string;
		  }
	)[];
};

export type CheckinSeed = {
	/** When; now if left out. */
	at?: Date | string;
	/** By scale id: mood, sleep, hope, connection, or one of the person's own. */
	scores: Record<string, number>;
	helped?: string;
	note?: string;
};

/** What a person has written, by the app's own repository. */
export class JournalWriter {
	constructor(
		readonly records: Repository,
		readonly now: Date
	) {}

	/** Today as the app names days. */
	get today() {
		return dayOf(this.now);
	}

	/**
	 * A section of the plan, by its id: the fields given, the rest left empty. Each version after
	 * the first is saved over it in a later sitting, so the ones before are kept in its history.
	 */
	async plan(
		id: PlanSectionId,
		data: Record<string, unknown>,
		...later: Record<string, unknown>[]
	) {
		const section = findSection(id);
		if (!section) throw new Error(`No plan section ${id}`);
		const saved = await this.records.create(section.kind, data);
		for (const version of later) await this.records.update(section.kind, saved.id, version);
	}

	/** A goal with its story; returns the goal's id. */
	async goal({ progress, journey = [], ...goal }: GoalSeed): Promise<string> {
		const saved = await this.records.create(goalKind, { ...newGoal(), ...goal });
		// A millisecond apart, in the order given, as a person writes them one after another.
		const written = (n: number) => new Date(this.now.getTime() + n).toISOString();
		const entries: JourneyEntry[] = [];
		const stamped = (at: string) => ({ id: newRecordId(), at, updatedAt: at });
		if (progress !== undefined)
			entries.push({
				...stamped(written(0)),
				type: 'progress',
				on: this.today,
				scale: progress,
				note: ''
			});
		for (const entry of journey) {
			const base = { ...stamped(written(entries.length)), on: entry.on ?? this.today };
			entries.push(
				entry.type === 'progress'
					? { ...base, type: 'progress', scale: entry.scale, note: entry.note ?? '' }
					: {
							...base,
							type: 'setback',
							happened: entry.happened ?? '',
							helped: entry.helped ?? '',
							gotInWay: entry.gotInWay ?? '',
							learnt: entry.learnt ?? ''
						}
			);
		}
		if (entries.length) await this.records.gather(goalJourneyKind(saved.id), () => ({ entries }));
		return saved.id;
	}

	/** Check-ins, gathered by year as the app keeps them; returns their ids. */
	async checkins(seeds: CheckinSeed[]): Promise<string[]> {
		const checkins: Checkin[] = seeds.map((seed) => {
			const at = moment(seed.at ?? this.now);
			return {
				id: newRecordId(),
				at,
				updatedAt: at,
				scores: seed.scores,
				ticked: [],
				helped: seed.helped ?? '',
				note: seed.note ?? ''
			};
		});
		for (const year of new Set(checkins.map((c) => checkinYear(c.at))))
			await this.records.gather(checkinsKind(year), () => ({
				entries: checkins.filter((c) => checkinYear(c.at) === year)
			}));
		return checkins.map((c) => c.id);
	}

	/** A journal entry; returns its id. */
	async entry(entry: Partial<JournalEntry> & { title: string; text: string }): Promise<string> {
		return (await this.records.create(journalEntryKind, { ...newJournalEntry(), ...entry })).id;
	}

	/** A note of a session, on a day (today if left out). */
	async session(note: Partial<SessionNote>): Promise<string> {
		const data = { ...newSessionNote(note.date ?? this.today), ...note };
		return (await this.records.create(sessionNoteKind, data)).id;
	}

	/** A review, on a day (today if left out). */
	async review(review: Partial<Review>): Promise<string> {
		const data = { ...newReview(review.date ?? this.today), ...review };
		return (await this.records.create(reviewKind, data)).id;
	}

	async unmetNeeds(...needs: string[]) {
		await this.records.create(unmetNeedsKind, { needs: list(...needs) });
	}

	/** A day some days from today (negative: before). */
	day(fromToday: number) {
		return addDays(this.today, fromToday);
	}
}

/** Writes into the journal being seeded; what it returns (ids, most often) is handed back. */
export type Fill<T = unknown> = (journal: JournalWriter) => Promise<T>;
