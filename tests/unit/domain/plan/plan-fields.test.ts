import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
	emptySection,
	planLimits,
	sectionProgress,
	sectionSchema
} from '$lib/domain/plan/plan-fields';

const fields = {
	name: { type: 'line' },
	story: { type: 'text' },
	signed: { type: 'date' },
	phone: { type: 'tel' },
	helps: { type: 'list' },
	people: { type: 'items', parts: { name: 'line', phone: 'tel', notes: 'text' } }
} as const;

describe('plan section fields', () => {
	const schema = sectionSchema(fields);

	it('starts empty: blank strings and empty lists', () => {
		expect(emptySection(fields)).toEqual({
			name: '',
			story: '',
			signed: '',
			phone: '',
			helps: [],
			people: []
		});
	});

	it('reads a version saved before a field existed, with the new field empty', () => {
		const older = { name: 'Ali', helps: [{ id: 'a', text: 'Walks' }] };
		expect(v.parse(schema, older)).toMatchObject({ name: 'Ali', story: '', people: [] });
	});

	it('keeps items’ ids and parts, filling a missing part with nothing', () => {
		const data = { people: [{ id: 'p1', name: 'Jo' }] };
		expect(v.parse(schema, data).people).toEqual([{ id: 'p1', name: 'Jo', phone: '', notes: '' }]);
	});

	it('refuses wrong shapes, over-long text and impossible dates', () => {
		const bad = [
			{ name: 42 },
			{ helps: ['not an item'] },
			{ helps: [{ id: '', text: 'no id' }] },
			{ story: 'x'.repeat(planLimits.text + 1) },
			{ name: 'x'.repeat(planLimits.line + 1) },
			{ signed: '2026-02-30' },
			{ signed: 'yesterday' },
			{ people: Array.from({ length: planLimits.items + 1 }, (_, i) => ({ id: `${i}` })) }
		];
		for (const data of bad)
			expect(v.safeParse(schema, data).success, JSON.stringify(data).slice(0, 60)).toBe(false);
		expect(v.parse(schema, { signed: '2026-11-24' }).signed).toBe('2026-11-24');
	});

	it('round-trips anything it accepts', () => {
		const item = fc.record({ id: fc.uuid(), text: fc.string({ maxLength: 50 }) });
		fc.assert(
			fc.property(
				fc.string({ maxLength: 200 }),
				fc.array(item, { maxLength: 10 }),
				(story, helps) => {
					const data = { ...emptySection(fields), story, helps };
					expect(v.parse(schema, structuredClone(data))).toEqual(data);
				}
			)
		);
	});

	it('counts parts that hold words, not blank items or spaces', () => {
		expect(sectionProgress(fields, undefined)).toEqual({ written: 0, parts: 6 });
		const data = {
			...emptySection(fields),
			name: '  ',
			story: 'A morning person',
			helps: [{ id: 'a', text: ' ' }],
			people: [{ id: 'p', name: '', phone: '0161 496 0000', notes: '' }]
		};
		expect(sectionProgress(fields, data)).toEqual({ written: 2, parts: 6 });
	});
});
