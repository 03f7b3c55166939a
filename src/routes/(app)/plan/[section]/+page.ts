import { error } from '@sveltejs/kit';
import { findSection } from '$lib/domain/plan/plan-sections';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ params }) => {
	const section = findSection(params.section);
	if (!section) error(404, 'There is no such part of the plan.');
	return { sectionId: section.id };
};
