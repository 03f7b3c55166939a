import type { Saved } from '$lib/domain/record-kind';
import { planSections, type PlanSection, type PlanSectionId } from '$lib/domain/plan/plan-sections';
import { vault } from '$lib/vault';
import type { Reader } from '$lib/vault/repository';

// The plan as the overview and the print page need it: each section's saved version, or none
// yet. Each section is one record of its own kind; there is at most one of each (older journals
// may hold two, made in two tabs: loading folds the other into its history).

export type PlanRecords = Map<PlanSectionId, Saved<Record<string, unknown>>>;

/** A section's saved version, or null before anything is written. */
export async function loadSection(section: PlanSection, records: Reader = vault.records) {
	return records.single(section.kind);
}

export async function loadPlan(records: Reader = vault.records): Promise<PlanRecords> {
	const saved = await Promise.all(planSections.map((section) => loadSection(section, records)));
	const plan: PlanRecords = new Map();
	planSections.forEach((section, index) => {
		const record = saved[index];
		if (record) plan.set(section.id, record as Saved<Record<string, unknown>>);
	});
	return plan;
}

/** What the person likes to be called, from About me, for printed pages and summaries. */
export function personName(plan: PlanRecords): string {
	const name = plan.get('about-me')?.data.name;
	return typeof name === 'string' ? name.trim() : '';
}
