import { describe, expect, it } from 'vitest';
import {
	isHardCheckin,
	matchStages,
	tickableSigns,
	type StageLists
} from '$lib/domain/journey/wrap-stage';

const item = (id: string, text: string) => ({ id, text });
const plan: StageLists = {
	triggers: {
		notice: [item('t1', 'Arguments at home'), item('t2', '  ')],
		actions: [item('ta', 'Go for a walk')]
	},
	'early-warning-signs': {
		notice: [item('e1', 'Sleeping past midday'), item('e2', 'Skipping meals')],
		actions: [item('ea', 'Call my worker'), item('eb', '')]
	},
	'breaking-down': { notice: [item('b1', 'Not leaving my room')], actions: [] }
};

describe('WRAP stages and ticked signs', () => {
	it('offers the person’s own signs, stage by stage, without blank ones', () => {
		expect(tickableSigns(plan)).toEqual([
			{ stage: 'triggers', signs: [item('t1', 'Arguments at home')] },
			{ stage: 'early-warning-signs', signs: plan['early-warning-signs']!.notice },
			{ stage: 'breaking-down', signs: [item('b1', 'Not leaving my room')] }
		]);
		expect(tickableSigns({})).toEqual([]);
	});

	it('shows the action plan of each stage a tick belongs to, most serious first', () => {
		const matches = matchStages(
			[
				{ stage: 'triggers', item: 't1', text: 'Arguments at home' },
				{ stage: 'early-warning-signs', item: 'e1', text: 'Sleeping past midday' },
				{ stage: 'early-warning-signs', item: 'e2', text: 'Skipping meals' }
			],
			plan
		);
		expect(matches).toEqual([
			{
				stage: 'early-warning-signs',
				ticked: ['Sleeping past midday', 'Skipping meals'],
				actions: ['Call my worker']
			},
			{ stage: 'triggers', ticked: ['Arguments at home'], actions: ['Go for a walk'] }
		]);
	});

	it('matches nothing when nothing is ticked, and still shows a stage with no plan written', () => {
		expect(matchStages([], plan)).toEqual([]);
		expect(
			matchStages([{ stage: 'breaking-down', item: 'b1', text: 'Not leaving my room' }], plan)
		).toEqual([{ stage: 'breaking-down', ticked: ['Not leaving my room'], actions: [] }]);
	});

	it('keeps a tick’s words when the sign has since left the plan', () => {
		const [match] = matchStages(
			[{ stage: 'triggers', item: 'gone', text: 'Bills arriving' }],
			plan
		);
		expect(match.ticked).toEqual(['Bills arriving']);
	});
});

describe('a check-in at its hardest', () => {
	const sign = (stage: 'triggers' | 'early-warning-signs' | 'breaking-down') => ({ stage });

	it('is the lowest mood, or any sign of things breaking down', () => {
		expect(isHardCheckin({ scores: { mood: 1 }, ticked: [] })).toBe(true);
		expect(isHardCheckin({ scores: { mood: 4 }, ticked: [sign('breaking-down')] })).toBe(true);
		expect(isHardCheckin({ scores: {}, ticked: [sign('triggers'), sign('breaking-down')] })).toBe(
			true
		);
	});

	it('is not any other low score or earlier sign', () => {
		expect(isHardCheckin({ scores: { mood: 2, sleep: 1, hope: 1 }, ticked: [] })).toBe(false);
		expect(
			isHardCheckin({ scores: {}, ticked: [sign('triggers'), sign('early-warning-signs')] })
		).toBe(false);
		expect(isHardCheckin({ scores: {}, ticked: [] })).toBe(false);
	});
});
