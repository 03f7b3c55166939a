import { findSection, type PlanSectionId } from '$lib/domain/plan/plan-sections';
import type { ListItem, PartsItem } from '$lib/domain/plan/plan-fields';
import { wrapStages, type StageLists } from '$lib/domain/journey/wrap-stage';
import { loadSection } from '$lib/features/records/plan-records';
import { text } from './text';

// What a check-in needs from the plan: the person's WRAP stages (signs to tick, and what they
// will do) and the people they can reach, read fresh each time the check-in opens.

export interface Contact {
	name: string;
	number: string;
}

export interface CheckinPlan {
	stages: StageLists;
	contacts: Contact[];
}

async function sectionData(id: PlanSectionId) {
	return (await loadSection(findSection(id)!))?.data as Record<string, unknown> | undefined;
}

export async function loadCheckinPlan(): Promise<CheckinPlan> {
	const [stageData, worker, numbers] = await Promise.all([
		Promise.all(wrapStages.map((stage) => sectionData(stage))),
		sectionData('my-worker'),
		sectionData('crisis-numbers')
	]);
	const stages: StageLists = {};
	wrapStages.forEach((stage, n) => {
		const data = stageData[n];
		if (data)
			stages[stage] = {
				notice: (data.notice as ListItem[]) ?? [],
				actions: (data.actions as ListItem[]) ?? []
			};
	});
	const contacts: Contact[] = [];
	if (worker && (worker.phone as string)?.trim())
		contacts.push({
			name: text.plans.worker(worker.name as string),
			number: worker.phone as string
		});
	for (const item of (worker?.ifUnavailable as PartsItem[] | undefined) ?? [])
		if (item.phone?.trim()) contacts.push({ name: item.name, number: item.phone });
	for (const item of (numbers?.numbers as PartsItem[] | undefined) ?? [])
		if (item.number?.trim()) contacts.push({ name: item.label, number: item.number });
	return { stages, contacts };
}
