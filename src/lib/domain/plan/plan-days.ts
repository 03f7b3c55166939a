import { checkDay, type DayProblem } from '$lib/domain/day-checks';
import type { Fields } from './plan-fields';

// The days a plan section holds, checked as the person fills them in: each must be a real day
// in a year a plan can be about, and the advance statement's days must be in order (it is
// signed, then witnessed, and neither before today has come).

/** What is wrong with each of a section's days, by field key; a day with no problem is left out. */
export function planDayProblems(
	sectionId: string,
	fields: Fields,
	data: Record<string, unknown>,
	today: string
): Record<string, DayProblem> {
	const day = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : '');
	const problems: Record<string, DayProblem> = {};
	for (const [key, shape] of Object.entries(fields)) {
		if (shape.type !== 'date') continue;
		const problem =
			sectionId === 'advance-statement'
				? checkDay(day(key), {
						optional: true,
						today,
						untilToday: true,
						notBefore: key === 'witnessedOn' ? day('signedOn') : undefined
					})
				: checkDay(day(key), { optional: true });
		if (problem) problems[key] = problem;
	}
	return problems;
}
