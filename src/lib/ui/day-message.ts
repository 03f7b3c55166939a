import type { DayProblem } from '$lib/domain/day-checks';

/** What a screen says about a day's problem; a screen names the problems its field can have. */
export type DayWords = Partial<Record<DayProblem, string>> & { 'not-a-day': string };

/** The words for a day's problem, or '' when it has none (or none is to be shown yet). */
export function dayMessage(words: DayWords, problem: DayProblem | null | undefined): string {
	return problem ? (words[problem] ?? words['not-a-day']) : '';
}
