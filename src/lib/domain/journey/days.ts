import * as v from 'valibot';

// Calendar days as the person lives them (YYYY-MM-DD, no time zone), and the arithmetic the
// journey needs on them. Moments (when a check-in was made) are ISO timestamps in UTC instead.

/** A real calendar day: the format alone would let 30 February through. */
export function isRealDay(day: string): boolean {
	const date = new Date(`${day}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
}

export const daySchema = v.pipe(v.string(), v.isoDate(), v.check(isRealDay));
/** A day, or empty when the person has not chosen one. */
export const optionalDaySchema = v.union([v.literal(''), daySchema]);
export const momentSchema = v.pipe(v.string(), v.isoTimestamp());

/** The person's calendar day for a moment, in their own time zone. */
export function dayOf(moment: Date): string {
	const y = moment.getFullYear();
	const m = String(moment.getMonth() + 1).padStart(2, '0');
	const d = String(moment.getDate()).padStart(2, '0');
	return `${y}-${m}-${d}`;
}

/**
 * The same day some months later; the month's last day when it has no such day (31 January
 * plus one month is 28 or 29 February), as a person counting on a calendar would.
 */
export function addMonths(day: string, months: number): string {
	const [y, m, d] = day.split('-').map(Number);
	const first = new Date(Date.UTC(y, m - 1 + months, 1));
	const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
	first.setUTCDate(Math.min(d, last));
	return first.toISOString().slice(0, 10);
}

/** The day a number of days later (or earlier, when negative). */
export function addDays(day: string, days: number): string {
	const [y, m, d] = day.split('-').map(Number);
	return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole days from one day to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
