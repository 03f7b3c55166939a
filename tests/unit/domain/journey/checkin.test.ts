import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
	checkinKindsUntil,
	checkinSchema,
	checkinYear,
	checkinsKind,
	defaultScales,
	scaleSettingsSchema,
	shownScales,
	goodness,
	newScale,
	trendOf
} from '$lib/domain/journey/checkin';
import { joinEntries, withEntry, withoutEntry } from '$lib/domain/journey/gathered';

const checkin = (id: string, at: string, updatedAt = at) => ({
	id,
	at,
	updatedAt,
	scores: { mood: 3, sleep: 4 },
	ticked: [],
	helped: '',
	note: ''
});

describe('check-ins', () => {
	it('scores each scale 1 to 5', () => {
		expect(v.safeParse(checkinSchema, checkin('a', '2026-11-30T08:00:00.000Z')).success).toBe(true);
		for (const bad of [0, 6, 2.5])
			expect(
				v.safeParse(checkinSchema, {
					...checkin('a', '2026-11-30T08:00:00.000Z'),
					scores: { mood: bad }
				}).success
			).toBe(false);
	});

	it('is kept under its UTC year, one kind per year', () => {
		expect(checkinYear('2026-12-31T23:30:00.000Z')).toBe(2026);
		expect(checkinsKind(2026).name).toBe('checkins:2026');
		expect(checkinsKind(2026).family).toBe('checkins');
		const kinds = checkinKindsUntil(new Date('2026-06-01T00:00:00Z'));
		expect(kinds[0].name).toBe('checkins:2000');
		expect(kinds.at(-1)!.name).toBe('checkins:2027');
	});

	it('starts with mood, sleep, hope and connection, and shows only the scales not hidden', () => {
		expect(defaultScales.scales.map((s) => s.id)).toEqual(['mood', 'sleep', 'hope', 'connection']);
		const settings = {
			scales: [
				...defaultScales.scales.slice(0, 2),
				{ ...newScale('x'), name: 'Energy', hidden: true }
			]
		};
		expect(shownScales(settings).map((s) => s.name)).toEqual(['Mood', 'Sleep']);
		expect(v.safeParse(scaleSettingsSchema, { scales: [] }).success).toBe(false);
		expect(v.safeParse(scaleSettingsSchema, { scales: [{ id: 'x', name: '  ' }] }).success).toBe(
			false
		);
	});
});

describe('entries gathered into records', () => {
	it('lists them oldest first, and counts an entry kept in two merged records once, as last changed', () => {
		const a = checkin('a', '2026-11-02T08:00:00.000Z');
		const b = checkin('b', '2026-11-01T08:00:00.000Z');
		const aLater = { ...a, note: 'edited', updatedAt: '2026-11-03T08:00:00.000Z' };
		expect(joinEntries([{ entries: [a, b] }]).map((e) => e.id)).toEqual(['b', 'a']);
		const joined = joinEntries([{ entries: [aLater] }, { entries: [a, b] }]);
		expect(joined.map((e) => [e.id, e.note])).toEqual([
			['b', ''],
			['a', 'edited']
		]);
	});

	it('adds, replaces and removes one entry by its id, leaving the others', () => {
		const a = checkin('a', '2026-11-02T08:00:00.000Z');
		const b = checkin('b', '2026-11-01T08:00:00.000Z');
		expect(withEntry([a], b)).toEqual([a, b]);
		expect(withEntry([a, b], { ...a, note: 'new' })[0].note).toBe('new');
		expect(withoutEntry([a, b], 'a')).toEqual([b]);
	});
});

describe('a scale whose good end is 1', () => {
	const anxiety = { ...newScale('a'), name: 'Anxiety', goodEnd: 1 as const };
	const mood = newScale('m');

	it('reads its answers the right way round: 1 is its best', () => {
		expect(goodness(anxiety, 1)).toBe(5);
		expect(goodness(anxiety, 5)).toBe(1);
		expect(goodness(mood, 5)).toBe(5);
	});

	it('calls a fall towards 1 better, and a rise harder', () => {
		expect(trendOf(anxiety, 3.5, 2)).toBe('better');
		expect(trendOf(anxiety, 2, 3.5)).toBe('harder');
		expect(trendOf(mood, 2, 3.5)).toBe('better');
		expect(trendOf(mood, 3, 3.1)).toBe('steady');
	});

	it('keeps scales saved before ends existed good at 5, with the usual words', () => {
		const parsed = v.parse(scaleSettingsSchema, { scales: [{ id: 'x', name: 'Energy' }] });
		expect(parsed.scales[0]).toEqual({ ...newScale('x'), name: 'Energy' });
		expect(v.safeParse(scaleSettingsSchema, { scales: [{ ...anxiety, goodEnd: 3 }] }).success).toBe(
			false
		);
	});
});
