import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { emptySection, sectionProgress } from '$lib/domain/plan/plan-fields';
import { findSection, planGroups, planSections } from '$lib/domain/plan/plan-sections';
import { groupTitles, sectionText } from '$lib/features/records/section-text';

describe('the plan’s sections', () => {
	it('has every part of plan-content.md sections 1, 2, 3, 6 and 7, each stored under its own kind', () => {
		expect(planSections.map((s) => s.id)).toEqual([
			'about-me',
			'strengths',
			'wellness-toolbox',
			'when-well',
			'daily-maintenance',
			'triggers',
			'early-warning-signs',
			'breaking-down',
			'crisis-plan',
			'post-crisis',
			'my-worker',
			'crisis-numbers',
			'involved',
			'advance-statement'
		]);
		const kinds = planSections.map((s) => s.kind.name);
		expect(new Set(kinds).size).toBe(kinds.length);
		for (const section of planSections) expect(planGroups).toContain(section.group);
	});

	it('holds the crisis plan’s supporters, medication and every other part', () => {
		const crisis = findSection('crisis-plan')!;
		expect(Object.keys(crisis.fields)).toEqual(
			expect.arrayContaining([
				'supporters',
				'notInvolved',
				'medication',
				'allergies',
				'practical',
				'stopUsing'
			])
		);
		expect(crisis.fields.supporters).toEqual({
			type: 'items',
			parts: { name: 'line', role: 'line', phone: 'tel', asks: 'text' }
		});
	});

	it('pairs what I notice with what I will do in every WRAP stage from triggers on', () => {
		for (const id of ['triggers', 'early-warning-signs', 'breaking-down'])
			expect(Object.keys(findSection(id)!.fields)).toEqual(['notice', 'actions']);
	});

	it('starts every section empty and valid, with nothing counted as written', () => {
		for (const section of planSections) {
			const empty = emptySection(section.fields);
			expect(v.parse(section.kind.schema, empty)).toEqual(empty);
			expect(sectionProgress(section.fields, empty).written).toBe(0);
		}
	});

	it('has words for every section, group and field, and a label for every part', () => {
		for (const group of planGroups) expect(groupTitles[group]).toBeTruthy();
		for (const section of planSections) {
			const words = sectionText[section.id];
			expect(words.title && words.about && words.example).toBeTruthy();
			for (const [key, shape] of Object.entries(section.fields)) {
				expect(words.fields[key]?.label, `${section.id}.${key}`).toBeTruthy();
				if (shape.type === 'items')
					for (const part of Object.keys(shape.parts))
						expect(words.fields[key].parts?.[part], `${section.id}.${key}.${part}`).toBeTruthy();
				// A button says what it adds: "Add a sign", never a bare "Add".
				if (shape.type === 'list' || shape.type === 'items')
					expect(words.fields[key].add, `${section.id}.${key}`).toMatch(/^Add \S/);
				if (shape.type === 'items')
					expect(words.fields[key].item, `${section.id}.${key}`).toBeTruthy();
			}
		}
	});

	it('finds a section by id, and nothing for an unknown one', () => {
		expect(findSection('triggers')?.id).toBe('triggers');
		expect(findSection('nope')).toBeUndefined();
	});
});
