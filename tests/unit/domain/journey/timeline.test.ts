import { describe, expect, it } from 'vitest';
import { newGoal } from '$lib/domain/journey/goal';
import { newReview } from '$lib/domain/journey/review';
import { newSessionNote } from '$lib/domain/journey/session-note';
import { buildTimeline, timelinePage, type TimelineSources } from '$lib/domain/journey/timeline';

const local = (day: string, hour: number) => {
	const [y, m, d] = day.split('-').map(Number);
	return new Date(y, m - 1, d, hour).toISOString();
};

const sources: TimelineSources = {
	goals: [
		{
			goal: { id: 'g1', createdAt: local('2026-11-01', 9), data: newGoal('Swim again') },
			journey: [
				{
					id: 'p1',
					type: 'progress' as const,
					on: '2026-11-03',
					at: local('2026-11-03', 9),
					updatedAt: local('2026-11-03', 9),
					scale: 4,
					note: ''
				},
				{
					id: 's1',
					type: 'setback' as const,
					on: '2026-11-05',
					at: local('2026-11-05', 9),
					updatedAt: local('2026-11-05', 9),
					happened: 'Pool closed\nand I gave up',
					helped: '',
					gotInWay: '',
					learnt: ''
				}
			]
		}
	],
	checkins: [
		{
			id: 'c1',
			at: local('2026-11-04', 8),
			updatedAt: local('2026-11-04', 8),
			scores: { mood: 3 },
			ticked: [],
			helped: '',
			note: 'Tired'
		},
		{
			id: 'c2',
			at: local('2026-11-04', 20),
			updatedAt: local('2026-11-04', 20),
			scores: {},
			ticked: [],
			helped: '',
			note: ''
		}
	],
	sessions: [
		{ id: 'n1', data: { ...newSessionNote('2026-11-04'), who: 'Sam', agreed: 'Call the pool' } }
	],
	reviews: [{ id: 'r1', data: { ...newReview('2026-11-06', true), wentWell: 'Swimming' } }]
};

describe('the journey’s timeline', () => {
	it('mixes every kind, newest first, with a session’s day placed at midday among check-ins', () => {
		const items = buildTimeline(sources);
		expect(items.map((i) => i.key)).toEqual(['rr1', 'js1', 'cc2', 'sn1', 'cc1', 'jp1', 'gg1']);
		expect(items.find((i) => i.kind === 'setback')).toMatchObject({
			id: 'g1',
			title: 'Swim again',
			detail: 'Pool closed'
		});
		expect(items.find((i) => i.kind === 'progress')?.detail).toBe('4');
		expect(items.find((i) => i.kind === 'session')).toMatchObject({
			title: 'Sam',
			detail: 'Call the pool'
		});
	});

	it('keeps a day’s progress and setbacks in the order they were written', () => {
		const at = (hour: number) => local('2026-11-30', hour);
		const entry = (id: string, hour: number) => ({
			id,
			type: 'progress' as const,
			on: '2026-11-30',
			at: at(hour),
			updatedAt: at(hour),
			scale: hour,
			note: ''
		});
		const items = buildTimeline({
			...sources,
			goals: [
				{
					goal: { id: 'g', createdAt: at(12), data: newGoal('Swim') },
					journey: [entry('a', 13), entry('b', 15)]
				}
			]
		});
		expect(items.slice(0, 3).map((i) => i.key)).toEqual(['jb', 'ja', 'gg']);
	});

	it('shows only the kinds chosen, a page at a time', () => {
		const items = buildTimeline(sources);
		const checkins = timelinePage(items, ['checkin'], 1);
		expect(checkins).toMatchObject({ more: true, total: 2 });
		expect(checkins.items.map((i) => i.key)).toEqual(['cc2']);
		expect(
			timelinePage(items, ['goal', 'progress', 'setback'], 10).items.map((i) => i.kind)
		).toEqual(['setback', 'progress', 'goal']);
		expect(timelinePage(items, [], 10)).toEqual({ items: [], more: false, total: 0 });
	});
});
