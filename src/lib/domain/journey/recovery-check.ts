import * as v from 'valibot';
import { textLimits } from '$lib/domain/text-limits';
import { defineKind } from '$lib/domain/record-kind';

// The optional monthly recovery check (plan-content.md section 5): five questions drawn from the
// recovery approach (connectedness, hope, identity, meaning, empowerment), in our own words,
// answered 1 to 5. One a month; answering again in the same month changes that month's.

export const recoveryAreas = ['connected', 'hope', 'identity', 'meaning', 'empowerment'] as const;
export type RecoveryArea = (typeof recoveryAreas)[number];

const month = v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/));
const answer = v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)));

export const recoveryCheckSchema = v.object({
	month,
	answers: v.object(
		Object.fromEntries(recoveryAreas.map((area) => [area, answer])) as Record<
			RecoveryArea,
			typeof answer
		>
	),
	note: v.optional(v.pipe(v.string(), v.maxLength(textLimits.text)), '')
});

export type RecoveryCheck = v.InferOutput<typeof recoveryCheckSchema>;
export const recoveryCheckKind = defineKind<RecoveryCheck>('recovery-check', recoveryCheckSchema);

/** The month a day falls in, YYYY-MM. */
export const monthOf = (day: string) => day.slice(0, 7);

/** This month's check if there is one: the one to change rather than add to. */
export function checkForMonth<C extends { data: RecoveryCheck }>(checks: C[], day: string) {
	return checks.find((c) => c.data.month === monthOf(day));
}

/** Latest month first. */
export function byMonthNewest<C extends { data: RecoveryCheck }>(checks: C[]): C[] {
	return checks.toSorted((a, b) => b.data.month.localeCompare(a.data.month));
}
