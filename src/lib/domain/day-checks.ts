import { addDays, isRealDay } from './journey/days';

// Whether a day a person typed can be the day they mean: a real calendar day, in a year their
// records can be about, and in the right order with the days around it. Each check gives a
// problem's name, or null; the words for it live with the screen that asks.

export type DayProblem =
	/** Nothing chosen where a day is needed. */
	| 'missing'
	/** Not a calendar day at all (a browser's date field can let odd years through). */
	| 'not-a-day'
	/** Before any year a journal can be about: year 0001 is a slip of the keyboard. */
	| 'too-early'
	/** Further ahead than it can be. */
	| 'too-late'
	/** Before a day it must follow (the next session before this one, a witness before signing). */
	| 'before-other'
	/** In the past, where only today or later makes sense (a goal's target as it is set). */
	| 'in-past'
	/** After today, where only what has happened makes sense (the day I signed). */
	| 'in-future';

/** The first day any record may be about. */
export const earliestDay = '1900-01-01';

export interface DayRule {
	/** Nothing chosen is fine (an optional field). */
	optional?: boolean;
	/** The day may not be before this one ('before-other'). */
	notBefore?: string;
	/** Today, for the rules below. */
	today?: string;
	/** Today or later only. */
	fromToday?: boolean;
	/** Today or earlier only. */
	untilToday?: boolean;
	/** How many days ahead of today it may be, at most. */
	daysAhead?: number;
}

/** The first problem with a day, or null when it can be the day meant. */
export function checkDay(day: string, rule: DayRule = {}): DayProblem | null {
	if (!day) return rule.optional ? null : 'missing';
	if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !isRealDay(day)) return 'not-a-day';
	if (day < earliestDay) return 'too-early';
	const { today } = rule;
	if (today && rule.untilToday && day > today) return 'in-future';
	if (today && rule.daysAhead !== undefined && day > addDays(today, rule.daysAhead))
		return 'too-late';
	if (rule.notBefore && isRealDay(rule.notBefore) && day < rule.notBefore) return 'before-other';
	if (today && rule.fromToday && day < today) return 'in-past';
	return null;
}
