import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { journalEntrySchema } from '$lib/domain/journal/journal-entry';
import { checkinSchema } from '$lib/domain/journey/checkin';
import { goalSchema, newGoal } from '$lib/domain/journey/goal';
import { progressUpdateSchema, setbackSchema } from '$lib/domain/journey/goal-journey';
import { reviewSchema } from '$lib/domain/journey/review';
import { sessionNoteSchema } from '$lib/domain/journey/session-note';
import { findSection } from '$lib/domain/plan/plan-sections';
import { textLimits } from '$lib/domain/text-limits';

// Limits fit real writing: 10,000 characters for one item of a list, 100,000 for free writing.
// Each field takes exactly its limit, and refuses one character more.

const at = '2026-11-30T10:00:00.000Z';
const item = (text: string) => [{ id: 'i1', text }];

const cases: {
	field: string;
	limit: number;
	schema: v.GenericSchema;
	with: (s: string) => unknown;
}[] = [
	{
		field: 'a plan list item',
		limit: textLimits.item,
		schema: findSection('early-warning-signs')!.kind.schema,
		with: (text) => ({ notice: item(text) })
	},
	{
		field: 'a plan free text',
		limit: textLimits.text,
		schema: findSection('about-me')!.kind.schema,
		with: (text) => ({ whoIAm: text })
	},
	{
		field: 'a few lines in a plan item',
		limit: textLimits.item,
		schema: findSection('crisis-plan')!.kind.schema,
		with: (text) => ({ supporters: [{ id: 's1', asks: text }] })
	},
	{
		field: 'a journal entry',
		limit: textLimits.text,
		schema: journalEntrySchema,
		with: (text) => ({ title: '', text, mood: '', pinned: false, links: [] })
	},
	{
		field: 'a check-in note',
		limit: textLimits.text,
		schema: checkinSchema,
		with: (note) => ({ id: 'c1', at, updatedAt: at, scores: {}, ticked: [], helped: '', note })
	},
	{
		field: 'a sign ticked in a check-in, copied from a list item',
		limit: textLimits.item,
		schema: checkinSchema,
		with: (text) => ({
			id: 'c1',
			at,
			updatedAt: at,
			scores: {},
			ticked: [{ stage: 'triggers', item: 'i1', text }],
			helped: '',
			note: ''
		})
	},
	{
		field: 'why a goal matters',
		limit: textLimits.text,
		schema: goalSchema,
		with: (why) => ({ ...newGoal('A goal'), why })
	},
	{
		field: 'a goal’s step',
		limit: textLimits.item,
		schema: goalSchema,
		with: (text) => ({ ...newGoal('A goal'), steps: [{ id: 's1', text, done: false }] })
	},
	{
		field: 'a progress note',
		limit: textLimits.text,
		schema: progressUpdateSchema,
		with: (note) => ({
			id: 'p1',
			type: 'progress',
			on: '2026-11-30',
			at,
			updatedAt: at,
			scale: 4,
			note
		})
	},
	{
		field: 'what happened in a setback',
		limit: textLimits.text,
		schema: setbackSchema,
		with: (happened) => ({
			id: 's1',
			type: 'setback',
			on: '2026-11-30',
			at,
			updatedAt: at,
			happened
		})
	},
	{
		field: 'a session note',
		limit: textLimits.text,
		schema: sessionNoteSchema,
		with: (talkedAbout) => ({ date: '2026-11-30', talkedAbout })
	},
	{
		field: 'a review',
		limit: textLimits.text,
		schema: reviewSchema,
		with: (wentWell) => ({ date: '2026-11-30', kind: 'review', wentWell })
	}
];

describe('how much a field holds', () => {
	it('is at least 10,000 characters for an item and 100,000 for free writing', () => {
		expect(textLimits.item).toBeGreaterThanOrEqual(10_000);
		expect(textLimits.text).toBeGreaterThanOrEqual(100_000);
	});

	for (const { field, limit, schema, with: data } of cases)
		it(`${field} takes ${limit.toLocaleString('en')} characters and refuses one more`, () => {
			const atLimit = v.safeParse(schema, data('é'.repeat(limit)));
			expect(atLimit.issues?.map((issue) => issue.message)).toBeUndefined();
			expect(v.safeParse(schema, data('é'.repeat(limit + 1))).success).toBe(false);
		});
});
