import type { DayProblem } from '$lib/domain/day-checks';

/** What a screen says about a day's problem; a screen names the problems its field can have. */
export type DayWords = Partial<Record<DayProblem, string>> & { 'not-a-day': string };

/** What every day field says of a day that cannot be any day; a screen adds its own rules' words. */
export const anyDayWords = {
	'not-a-day': 'That isn’t a day on the calendar. Check the date.',
	'too-early': 'That date is before 1900. Check the year.'
} as const;

/** The words for a day's problem, or '' when it has none (or none is to be shown yet). */
export function dayMessage(words: DayWords, problem: DayProblem | null | undefined): string {
	return problem ? (words[problem] ?? words['not-a-day']) : '';
}
