import { defineSingleKind } from '$lib/domain/record-kind';
import { sectionSchema, type SectionData } from '$lib/domain/plan/plan-fields';

// Needs that no service meets for me at the moment, kept to raise at a review
// (plan-content.md section 4). One list, written like a plan section.

export const unmetNeedsFields = { needs: { type: 'list' } } as const;
export type UnmetNeeds = SectionData<typeof unmetNeedsFields>;
export const unmetNeedsKind = defineSingleKind<UnmetNeeds>(
	'unmet-needs',
	sectionSchema(unmetNeedsFields)
);
