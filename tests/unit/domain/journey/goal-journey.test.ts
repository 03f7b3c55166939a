import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { goalSchema, newGoal, stepsDone } from '$lib/domain/journey/goal';
import {
	goalJourneyKind,
	progressSeries,
	summariseJourney,
	type JourneyEntry
} from '$lib/domain/journey/goal-journey';

const at = '2026-11-30T10:00:00.000Z';
let n = 0;
const progress = (on: string, scale: number, note = ''): JourneyEntry => ({
	id: `p${++n}`,
	type: 'progress',
	on,
	at,
	updatedAt: at,
	scale,
	note
});
const setback = (on: string, happened = 'A hard week'): JourneyEntry => ({
	id: `s${++n}`,
	type: 'setback',
	on,
	at,
	updatedAt: at,
	happened,
	helped: 'Talking to my sister',
	gotInWay: 'No sleep',
	learnt: 'Ask sooner'
});

describe('a goal', () => {
	it('has sensible defaults for everything but its words', () => {
		expect(v.safeParse(goalSchema, {}).success).toBe(false);
		const parsed = v.parse(goalSchema, { title: 'Walk to the shop' });
		expect(parsed).toEqual({ ...newGoal('Walk to the shop') });
		expect(parsed.status).toBe('working');
	});

	it('counts steps ticked off, leaving blank steps out', () => {
		const goal = {
			...newGoal('Cook again'),
			steps: [
				{ id: 'a', text: 'Buy a pan', done: true },
				{ id: 'b', text: 'Cook pasta', done: false },
				{ id: 'c', text: ' ', done: false }
			]
		};
		expect(stepsDone(goal)).toEqual({ done: 1, steps: 2 });
	});

	it('refuses a status it does not know and a target date that does not exist', () => {
		expect(v.safeParse(goalSchema, { title: 'x', status: 'failed' }).success).toBe(false);
		expect(v.safeParse(goalSchema, { title: 'x', targetDate: '2026-02-30' }).success).toBe(false);
	});
});

describe('a goal’s journey', () => {
	it('keeps progress when a setback comes: the furthest point reached stays', () => {
		const entries = [
			progress('2026-10-01', 3),
			progress('2026-10-08', 6),
			setback('2026-10-12'),
			progress('2026-10-15', 4)
		];
		expect(summariseJourney(entries)).toEqual({
			current: 4,
			furthest: 6,
			updates: 3,
			setbacks: 1,
			lastOn: '2026-10-15'
		});
	});

	it('orders entries by the day they refer to, however they were written', () => {
		const entries = [progress('2026-10-15', 5), setback('2026-10-10'), progress('2026-10-01', 2)];
		const series = progressSeries(entries);
		expect(series.points).toEqual([
			{ on: '2026-10-01', scale: 2 },
			{ on: '2026-10-15', scale: 5 }
		]);
		// The setback sits at the level progress had reached on its day, without changing it.
		expect(series.setbacks.map((s) => [s.on, s.scale])).toEqual([['2026-10-10', 2]]);
	});

	it('has no progress to show before the first update', () => {
		expect(summariseJourney([setback('2026-01-01')])).toMatchObject({
			current: null,
			furthest: null,
			setbacks: 1
		});
		expect(progressSeries([setback('2026-01-01')]).setbacks[0].scale).toBeNull();
	});

	it('checks every entry: a scale outside 0 to 10 or an unknown kind of entry is refused', () => {
		const { schema } = goalJourneyKind('g1');
		expect(v.safeParse(schema, { entries: [progress('2026-10-01', 7)] }).success).toBe(true);
		expect(v.safeParse(schema, { entries: [progress('2026-10-01', 11)] }).success).toBe(false);
		expect(
			v.safeParse(schema, { entries: [{ ...progress('2026-10-01', 5), type: 'other' }] }).success
		).toBe(false);
	});

	it('is kept under a kind of its own per goal, heard as one family', () => {
		expect(goalJourneyKind('a').name).not.toBe(goalJourneyKind('b').name);
		expect(goalJourneyKind('a').family).toBe(goalJourneyKind('b').family);
	});
});
