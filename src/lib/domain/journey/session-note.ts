import * as v from 'valibot';
import { checkDay } from '$lib/domain/day-checks';
import { textLimits } from '$lib/domain/text-limits';
import { defineKind } from '$lib/domain/record-kind';
import { daySchema, optionalDaySchema } from './days';
import { entryId } from './gathered';

// A note of a session with my worker (plan-content.md section 6): who, what we talked about,
// which goals it related to, and what we agreed for next time, which the next note shows.

export const sessionLimits = {
	line: textLimits.line,
	text: textLimits.text,
	goals: 100
} as const;
const text = v.optional(v.pipe(v.string(), v.maxLength(sessionLimits.text)), '');

export const sessionNoteSchema = v.object({
	date: daySchema,
	who: v.optional(v.pipe(v.string(), v.maxLength(sessionLimits.line)), ''),
	talkedAbout: text,
	/** Ids of the goals it related to. */
	goals: v.optional(v.pipe(v.array(entryId), v.maxLength(sessionLimits.goals)), []),
	agreed: text,
	/** When we plan to meet next, if we know. */
	nextDate: v.optional(optionalDaySchema, '')
});

export type SessionNote = v.InferOutput<typeof sessionNoteSchema>;

export const sessionNoteKind = defineKind<SessionNote>('session-note', sessionNoteSchema);

export function newSessionNote(date: string): SessionNote {
	return { date, who: '', talkedAbout: '', goals: [], agreed: '', nextDate: '' };
}

/** Latest session first: by its day, then by when it was written. */
export function bySessionDate<S extends { data: SessionNote; createdAt: string }>(notes: S[]): S[] {
	return notes.toSorted(
		(a, b) => b.data.date.localeCompare(a.data.date) || b.createdAt.localeCompare(a.createdAt)
	);
}

/** The next session, as the latest note that agreed one still to come says (home and calendar). */
export function nextSessionDay(
	notes: { data: SessionNote; createdAt: string }[],
	today: string
): string | null {
	return bySessionDate(notes).find((n) => n.data.nextDate >= today)?.data.nextDate ?? null;
}

/** What was agreed at the latest session before the given day: shown on the next note. */
export function agreedLastTime<S extends { id: string; data: SessionNote; createdAt: string }>(
	notes: S[],
	exceptId: string | null = null
): S | undefined {
	return bySessionDate(notes).find((n) => n.id !== exceptId && n.data.agreed.trim() !== '');
}

/** Nothing written, no goal ticked and no next session: such a note would be a blank line. */
export function isEmptySessionNote(note: SessionNote): boolean {
	return (
		![note.who, note.talkedAbout, note.agreed].some((words) => words.trim() !== '') &&
		note.goals.length === 0 &&
		!note.nextDate
	);
}

/** How far ahead a session, or the next one, can be noted. */
export const sessionDaysAhead = { session: 366, next: 2 * 366 } as const;

/** What is wrong with a note's days: a session needs a day that can be; the next comes after it. */
export function sessionNoteDayProblems(note: SessionNote, today: string) {
	return {
		date: checkDay(note.date, { today, daysAhead: sessionDaysAhead.session }),
		nextDate: checkDay(note.nextDate, {
			optional: true,
			today,
			daysAhead: sessionDaysAhead.next,
			notBefore: note.date
		})
	};
}
