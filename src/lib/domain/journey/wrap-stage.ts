// Which of the person's WRAP stages the signs ticked at a check-in point to, and the action plan
// they wrote for each, most serious stage first. Pure: it gets the plan's lists, not the vault.

export const wrapStages = ['triggers', 'early-warning-signs', 'breaking-down'] as const;
export type WrapStage = (typeof wrapStages)[number];

type Item = { id: string; text: string };
export type StageLists = Partial<Record<WrapStage, { notice: Item[]; actions: Item[] }>>;

const written = (items: Item[] | undefined) => (items ?? []).filter((i) => i.text.trim() !== '');

/** The signs a person can tick, stage by stage, from their own lists: blank items left out. */
export function tickableSigns(plan: StageLists): { stage: WrapStage; signs: Item[] }[] {
	return wrapStages
		.map((stage) => ({ stage, signs: written(plan[stage]?.notice) }))
		.filter((s) => s.signs.length > 0);
}

export interface StageMatch {
	stage: WrapStage;
	/** The words of the signs ticked for this stage. */
	ticked: string[];
	/** What I will do: the person's own action plan for the stage (possibly empty). */
	actions: string[];
}

/** The stages the ticks belong to, most serious first, each with its action plan. */
export function matchStages(
	ticks: { stage: WrapStage; item: string; text: string }[],
	plan: StageLists
): StageMatch[] {
	return wrapStages
		.toReversed()
		.map((stage) => ({
			stage,
			ticked: ticks.filter((t) => t.stage === stage).map((t) => t.text),
			actions: written(plan[stage]?.actions).map((a) => a.text)
		}))
		.filter((m) => m.ticked.length > 0);
}

/**
 * A check-in at its hardest: the lowest mood, or a sign of things breaking down ticked. Waymark
 * then offers Help now and the person's own plan, and asks nothing of them.
 */
export function isHardCheckin(
	checkin: { scores: Record<string, number>; ticked: { stage: WrapStage }[] },
	/** The mood scale's good end, if the person turned it round (1 good, 5 hardest). */
	moodGoodEnd: 1 | 5 = 5
): boolean {
	const hardest = moodGoodEnd === 1 ? 5 : 1;
	return (
		checkin.scores.mood === hardest || checkin.ticked.some((tick) => tick.stage === 'breaking-down')
	);
}
