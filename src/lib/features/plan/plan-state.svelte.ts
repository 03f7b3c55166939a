import type { Saved } from '$lib/domain/record-kind';
import { planSections, type PlanSection, type PlanSectionId } from '$lib/domain/plan/plan-sections';
import { vault } from '$lib/vault';

// The plan as the overview and the print page need it: each section's saved version, or none
// yet. Each section is one record of its own kind; there is at most one of each.

export type PlanRecords = Map<PlanSectionId, Saved<Record<string, unknown>>>;

/** A section's saved version, or null before anything is written. */
export async function loadSection(section: PlanSection) {
	const [newest] = await vault.records.list(section.kind);
	return newest ?? null;
}

export async function loadPlan(): Promise<PlanRecords> {
	const saved = await Promise.all(planSections.map((section) => loadSection(section)));
	const plan: PlanRecords = new Map();
	planSections.forEach((section, index) => {
		const record = saved[index];
		if (record) plan.set(section.id, record as Saved<Record<string, unknown>>);
	});
	return plan;
}

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

/** What the person likes to be called, from About me, for printed pages and summaries. */
export function personName(plan: PlanRecords): string {
	const name = plan.get('about-me')?.data.name;
	return typeof name === 'string' ? name.trim() : '';
}
