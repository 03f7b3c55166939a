import { goalKind, type Goal } from '$lib/domain/journey/goal';
import { goalJourneyKind, type JourneyEntry } from '$lib/domain/journey/goal-journey';
import { joinEntries, withEntry, withoutEntry } from '$lib/domain/journey/gathered';
import type { Saved } from '$lib/domain/record-kind';
import { vault } from '$lib/vault';

// Goals and their journeys as the screens use them. A goal's journey (progress and setbacks)
// is one record of its own kind, so a goal opens without reading any other goal's history.

export type GoalWithJourney = { goal: Saved<Goal>; journey: JourneyEntry[] };

// A part of a journey that no longer opens is skipped, not allowed to hide the goal or its other
// entries; it stays on disk for Check my journal.
export async function loadJourney(goalId: string): Promise<JourneyEntry[]> {
	const { records } = await vault.records.readGathered([goalJourneyKind(goalId)]);
	return joinEntries(records.map((r) => r.data));
}

/** Every goal with its journey, newest change first. */
export async function loadGoals(): Promise<GoalWithJourney[]> {
	const goals = await vault.records.list(goalKind);
	if (!goals.length) return [];
	const { records: journeys } = await vault.records.readGathered(
		goals.map((g) => goalJourneyKind(g.id))
	);
	return goals.map((goal) => {
		const kind = goalJourneyKind(goal.id).name;
		return {
			goal,
			journey: joinEntries(journeys.filter((j) => j.kind === kind).map((j) => j.data))
		};
	});
}

/** Makes a goal and, when the person said where they are now, its first progress update. */
export async function createGoal(goal: Goal, first: JourneyEntry | null): Promise<Saved<Goal>> {
	return vault.records.atomically(async () => {
		const saved = await vault.records.create(goalKind, goal);
		if (first) await saveJourneyEntry(saved.id, first);
		return saved;
	});
}

export async function saveJourneyEntry(goalId: string, entry: JourneyEntry) {
	await vault.records.gather(goalJourneyKind(goalId), (records) => ({
		entries: withEntry(joinEntries(records), entry)
	}));
}

export async function removeJourneyEntry(goalId: string, entryId: string) {
	await vault.records.gather(goalJourneyKind(goalId), (records) => ({
		entries: withoutEntry(joinEntries(records), entryId)
	}));
}

/** Removes a goal with its whole journey. The screen asks first. */
export async function deleteGoal(goalId: string) {
	await vault.records.atomically(async () => {
		// Every record of the journey, read or not: a damaged one must not keep the goal.
		await vault.records.removeRestorably([{ kind: goalJourneyKind(goalId) }]);
		await vault.records.remove(goalKind, goalId);
	});
}
