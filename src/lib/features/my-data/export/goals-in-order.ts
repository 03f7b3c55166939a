import { goalStatuses } from '$lib/domain/journey/goal';
import type { GoalWithJourney } from '$lib/features/records/goal-store';

// Goals in the order both goal exports list them: those I'm working on first, then achieved,
// paused and let go, each oldest first, as the goals were set.

export function goalsInOrder(goals: readonly GoalWithJourney[]): GoalWithJourney[] {
	return goals.toSorted(
		({ goal: a }, { goal: b }) =>
			goalStatuses.indexOf(a.data.status) - goalStatuses.indexOf(b.data.status) ||
			a.createdAt.localeCompare(b.createdAt) ||
			a.id.localeCompare(b.id)
	);
}
