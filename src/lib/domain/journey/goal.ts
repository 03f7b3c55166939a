import * as v from 'valibot';
import { checkDay } from '$lib/domain/day-checks';
import { defineKind } from '$lib/domain/record-kind';
import { textLimits } from '$lib/domain/text-limits';
import { optionalDaySchema } from './days';

// A goal in the person's own words (plan-content.md section 4): why it matters, its steps, the
// support they would like, the risks they choose to take towards it. How it is going over time
// lives apart, in the goal's journey (goal-journey.ts), so that logging progress never rewrites
// the goal and never touches its history.

export const goalLimits = {
	line: textLimits.line,
	step: textLimits.item,
	text: textLimits.text,
	items: 200
} as const;

export const goalStatuses = ['working', 'achieved', 'paused', 'let-go'] as const;
export type GoalStatus = (typeof goalStatuses)[number];

const itemId = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
const line = v.pipe(v.string(), v.maxLength(goalLimits.line));
const text = v.pipe(v.string(), v.maxLength(goalLimits.text));
const list = <E extends v.ObjectEntries>(entries: E) =>
	v.optional(
		v.pipe(v.array(v.object({ id: itemId, ...entries })), v.maxLength(goalLimits.items)),
		[]
	);

export const goalSchema = v.object({
	/** Asked for when a goal is made; may be cleared while editing, as any field may. */
	title: line,
	why: v.optional(text, ''),
	steps: list({ text: v.pipe(v.string(), v.maxLength(goalLimits.step)), done: v.boolean() }),
	support: list({ what: line, who: line }),
	targetDate: v.optional(optionalDaySchema, ''),
	status: v.optional(v.picklist(goalStatuses), 'working'),
	/** Risks I choose to take towards this goal, and what I will do if it doesn't go to plan. */
	risks: list({ risk: text, plan: text })
});

export type Goal = v.InferOutput<typeof goalSchema>;
export type GoalInput = v.InferInput<typeof goalSchema>;

export const goalKind = defineKind<Goal>('goal', goalSchema);

export function newGoal(title = ''): Goal {
	return { title, why: '', steps: [], support: [], targetDate: '', status: 'working', risks: [] };
}

/** Steps ticked off, as a fact to show beside the goal. */
export function stepsDone(goal: Goal): { done: number; steps: number } {
	const steps = goal.steps.filter((s) => s.text.trim() !== '');
	return { done: steps.filter((s) => s.done).length, steps: steps.length };
}

/** How far ahead a goal's target may be set. */
export const targetYearsAhead = 100;

/** What is wrong with a target day as a goal is set: it is optional, and cannot have passed. */
export function newTargetProblem(targetDate: string, today: string) {
	return checkDay(targetDate, {
		optional: true,
		today,
		fromToday: true,
		daysAhead: targetYearsAhead * 366
	});
}
