import { planSections } from '$lib/domain/plan/plan-sections';
import { vault } from '$lib/vault';
import { loadPlan, type PlanRecords } from '$lib/features/records/plan-records';

/** The plan, reloaded whenever a section changes here or in another tab. Create during init. */
export function livePlan() {
	let plan = $state.raw<PlanRecords | null>(null);
	let failure = $state.raw<Error | null>(null);
	$effect(() => {
		for (const section of planSections) vault.changes.version(section.kind.name);
		if (vault.status !== 'unlocked') return;
		let current = true;
		loadPlan().then(
			(loaded) => current && ((plan = loaded), (failure = null)),
			(error: Error) => current && (failure = error)
		);
		return () => {
			current = false;
		};
	});
	return {
		get value() {
			return plan;
		},
		get error() {
			return failure;
		}
	};
}
