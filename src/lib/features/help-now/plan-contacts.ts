import type { CrisisContact } from '$lib/domain/crisis-card';
import type { PartsItem } from '$lib/domain/plan/plan-fields';
import { findSection, type PlanSectionId } from '$lib/domain/plan/plan-sections';
import { loadSection } from '$lib/features/records/plan-records';

// The people in the person's plan with a number to call, for choosing who goes on the crisis
// card. Read from the vault, so only Settings (unlocked) uses it, never Help now itself.

async function sectionData(id: PlanSectionId) {
	return (await loadSection(findSection(id)!))?.data as Record<string, unknown> | undefined;
}

const parts = (data: Record<string, unknown> | undefined, key: string) =>
	(data?.[key] as PartsItem[] | undefined) ?? [];

export async function loadPlanContacts(): Promise<CrisisContact[]> {
	const [worker, crisisPlan, numbers] = await Promise.all([
		sectionData('my-worker'),
		sectionData('crisis-plan'),
		sectionData('crisis-numbers')
	]);
	const contacts: CrisisContact[] = [];
	const add = (name: unknown, number: unknown) => {
		const n = typeof number === 'string' ? number.trim() : '';
		if (n) contacts.push({ name: typeof name === 'string' ? name.trim() : '', number: n });
	};
	add(worker?.name, worker?.phone);
	for (const item of parts(worker, 'ifUnavailable')) add(item.name, item.phone);
	for (const item of parts(crisisPlan, 'supporters')) add(item.name, item.phone);
	for (const item of parts(numbers, 'numbers')) add(item.label, item.number);
	return contacts;
}
