import { csvRow, utf8Bom, type CsvValue } from '$lib/domain/formats/csv-write';
import { stepsDone } from '$lib/domain/journey/goal';
import { inJourneyOrder } from '$lib/domain/journey/goal-journey';
import type { GoalWithJourney } from '$lib/features/records/goal-store';
import { goalsInOrder } from './goals-in-order';
import { joinNow, joinPaced, type PaceOptions } from './paced';
import { text } from './text';

// Goals and how they have gone, as one sheet. Each goal has a row of its own ("The goal": where
// it stands, its target day, steps done of steps in all, why it matters), followed by a row for
// each progress update and setback in the order they happened, each with the day it refers to.
// The goal's words start every row, so filtering or sorting the sheet keeps each row's goal.
// Columns: Goal, Type, Day, Where it stands, When I'd like to get there, Steps done, Steps in
// all, Why it matters to me, Progress (0 to 10), How it's going, What happened, What helped,
// What got in the way, What I learnt. A row fills only the columns of its type; days are
// YYYY-MM-DD, which every spreadsheet reads as a date.

export interface GoalsCsvOptions {
	/** Start with a byte order mark, for Excel (csv-write.ts); true unless said otherwise. */
	bom?: boolean;
}

const columns = [
	'goal',
	'type',
	'day',
	'status',
	'target',
	'stepsDone',
	'steps',
	'why',
	'progress',
	'note',
	'happened',
	'helped',
	'gotInWay',
	'learnt'
] as const satisfies readonly (keyof typeof text.goals.columns)[];

/** A row with every column, so each record has as many fields as the header (RFC 4180). */
const row = (cells: Partial<Record<(typeof columns)[number], CsvValue>>) =>
	csvRow(columns.map((column) => cells[column]));

export function* goalsCsvPieces(
	goals: readonly GoalWithJourney[],
	{ bom = true }: GoalsCsvOptions = {}
): Generator<string> {
	const t = text.goals;
	if (bom) yield utf8Bom;
	yield csvRow(columns.map((column) => t.columns[column]));
	for (const { goal, journey } of goalsInOrder(goals)) {
		const g = goal.data;
		const title = g.title.trim() || t.untitled;
		const steps = stepsDone(g);
		yield row({
			goal: title,
			type: t.types.goal,
			status: t.status[g.status],
			target: g.targetDate,
			stepsDone: steps.done,
			steps: steps.steps,
			why: g.why
		});
		for (const e of inJourneyOrder(journey))
			yield e.type === 'progress'
				? row({ goal: title, type: t.types.progress, day: e.on, progress: e.scale, note: e.note })
				: row({
						goal: title,
						type: t.types.setback,
						day: e.on,
						happened: e.happened,
						helped: e.helped,
						gotInWay: e.gotInWay,
						learnt: e.learnt
					});
	}
}

/** The CSV file's text. */
export function goalsCsv(goals: readonly GoalWithJourney[], options?: GoalsCsvOptions): string {
	return joinNow(goalsCsvPieces(goals, options));
}

/** The same text, made a slice at a time so the page stays responsive (paced.ts). */
export function goalsCsvPaced(
	goals: readonly GoalWithJourney[],
	options: GoalsCsvOptions & PaceOptions = {}
): Promise<string> {
	return joinPaced(goalsCsvPieces(goals, options), options);
}
