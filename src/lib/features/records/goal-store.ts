import { goalKind, type Goal } from '$lib/domain/journey/goal';
import { goalJourneyKind, type JourneyEntry } from '$lib/domain/journey/goal-journey';
import type { Saved } from '$lib/domain/record-kind';
import { vault } from '$lib/vault';
import { putEntry, readableEntriesByKind, removeEntry } from '$lib/vault/gathered-entries';
import type { Reader } from '$lib/vault/repository';

// Goals and their journeys as the screens use them. A goal's journey (progress and setbacks)
// is one record of its own kind, so a goal opens without reading any other goal's history.

export type GoalWithJourney = { goal: Saved<Goal>; journey: JourneyEntry[] };

// A part of a journey that no longer opens is skipped, not allowed to hide the goal or its other
// entries; it stays on disk for Check my journal.
export async function loadJourney(
	goalId: string,
	records: Reader = vault.records
): Promise<JourneyEntry[]> {
	const kind = goalJourneyKind(goalId);
	return (await readableEntriesByKind(records, [kind])).get(kind.name)!;
}

/** Every goal with its journey, newest change first. */
export async function loadGoals(records: Reader = vault.records): Promise<GoalWithJourney[]> {
	const goals = await records.list(goalKind);
	if (!goals.length) return [];
	const journeys = await readableEntriesByKind(
		records,
		goals.map((g) => goalJourneyKind(g.id))
	);
	return goals.map((goal) => ({ goal, journey: journeys.get(goalJourneyKind(goal.id).name)! }));
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
	await putEntry(vault.records, goalJourneyKind(goalId), entry);
}

export async function removeJourneyEntry(goalId: string, entryId: string) {
	await removeEntry(vault.records, goalJourneyKind(goalId), entryId);
}

/** Removes a goal with its whole journey. The screen asks first. */
export async function deleteGoal(goalId: string) {
	await vault.records.atomically(async () => {
		// Every record of the journey, read or not: a damaged one must not keep the goal.
		await vault.records.removeRestorably([{ kind: goalJourneyKind(goalId) }]);
		await vault.records.remove(goalKind, goalId);
	});
}
