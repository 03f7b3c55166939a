import { describe, expect, it } from 'vitest';
import { findSection } from '$lib/domain/plan/plan-sections';
import type { Saved } from '$lib/domain/record-kind';
import { planChangeBlocks } from '$lib/features/sharing/plan-changes';
import { buildSummary, periodStart } from '$lib/features/sharing/share-choices';
import type { ShareSources } from '$lib/features/sharing/share-sources';
import type { PlanRecords } from '$lib/features/records/plan-records';
import { summarySchema } from '$lib/share/summary';
import * as v from 'valibot';

const saved = <T>(data: T, updatedAt: string, revision = 1): Saved<T> => ({
	id: 'r1',
	createdAt: '2026-01-01T10:00:00.000Z',
	updatedAt,
	revision,
	data
});

function sources(overrides: Partial<ShareSources> = {}): ShareSources {
	const plan: PlanRecords = new Map();
	plan.set(
		'strengths',
		saved({ strengths: [{ id: 'a', text: 'Patient' }] }, '2026-11-01T10:00:00.000Z')
	);
	plan.set(
		'early-warning-signs',
		saved({ notice: [{ id: 'b', text: 'Sleeping late' }], actions: [] }, '2026-11-01T10:00:00.000Z')
	);
	return {
		today: '2026-11-30',
		name: 'Jo',
		plan,
		goals: [],
		checkins: [
			{
				id: 'c1',
				at: '2026-11-20T09:00:00.000Z',
				updatedAt: '2026-11-20T09:00:00.000Z',
				scores: { mood: 2 },
				ticked: [{ stage: 'early-warning-signs', item: 'b', text: 'Sleeping late' }],
				helped: '',
				note: 'private note'
			},
			{
				id: 'c2',
				at: '2026-06-01T09:00:00.000Z',
				updatedAt: '2026-06-01T09:00:00.000Z',
				scores: { mood: 5 },
				ticked: [],
				helped: '',
				note: ''
			}
		],
		scales: [{ id: 'mood', name: 'Mood', hidden: false }],
		sessions: [],
		unmetNeeds: null,
		lastReview: '2026-10-01',
		...overrides
	} as ShareSources;
}

const request = (picked: string[], talkAbout = '') => ({
	kind: 'summary' as const,
	picked: new Set(picked),
	from: '2026-10-01',
	talkAbout,
	created: Date.UTC(2026, 10, 30),
	expiryDays: 14
});

describe('a summary made from the journal', () => {
	it('holds exactly the parts picked, what I want to talk about first, and is a valid summary', () => {
		const summary = buildSummary(
			sources(),
			request(['early-warning-signs', 'checkins'], ' Sleep ')
		);
		expect(summary.s.map((s) => s.title)).toEqual([
			'Things I want to talk about',
			'How my check-ins went',
			'Early warning signs'
		]);
		expect(JSON.stringify(summary)).not.toContain('Patient');
		expect(summary.s[0].b).toEqual([{ k: 'p', t: 'Sleep' }]);
		expect(summary.expires - summary.created).toBe(14 * 24 * 60 * 60 * 1000);
		expect(v.safeParse(summarySchema, summary).success).toBe(true);
	});

	it('counts check-ins and ticked signs in the period only, and leaves check-in notes out', () => {
		const [checkins] = buildSummary(sources(), request(['checkins'])).s;
		const words = JSON.stringify(checkins);
		expect(words).toContain('1 check-in from');
		expect(words).toMatch(/Mood: 2 on average from 1 check-in on 1 day between /);
		expect(words).toContain('Sleeping late: once (Early warning signs)');
		expect(words).not.toContain('private note');
	});

	it('leaves out a part with nothing written', () => {
		expect(buildSummary(sources(), request(['crisis-plan', 'goals'])).s).toEqual([]);
	});

	it('starts a period at the last review, or three months back without one', () => {
		expect(periodStart('review', '2026-11-30', '2026-10-01')).toBe('2026-10-01');
		expect(periodStart('review', '2026-11-30', null)).toBe('2026-08-30');
		expect(periodStart('2w', '2026-11-30', null)).toBe('2026-11-17');
	});
});

describe('what changed in my plan since my review', () => {
	const section = findSection('wellness-toolbox')!;
	const history = [
		saved(
			{
				tools: [
					{ id: 'x', text: 'Calling Sam often' },
					{ id: 'y', text: 'A bath' }
				]
			},
			'2026-11-20T10:00:00.000Z',
			3
		),
		saved(
			{
				tools: [
					{ id: 'x', text: 'Calling Sam' },
					{ id: 'z', text: 'Running' }
				]
			},
			'2026-09-20T10:00:00.000Z',
			2
		),
		saved({ tools: [{ id: 'x', text: 'Calling' }] }, '2026-08-20T10:00:00.000Z', 1)
	];

	it('compares the version now with the one that stood on the day of the review', () => {
		const blocks = planChangeBlocks([{ section, history }], '2026-10-01');
		expect(blocks).toContainEqual({
			k: 'ul',
			i: [
				'Rewritten (Things that help me): Calling Sam often',
				'Added (Things that help me): A bath',
				'Taken out (Things that help me): Running'
			]
		});
	});

	it('says a section was written for the first time, and says when nothing changed', () => {
		const first = planChangeBlocks([{ section, history: history.slice(0, 1) }], '2026-10-01');
		expect(first).toContainEqual({ k: 'note', t: 'Written for the first time' });
		const none = planChangeBlocks([{ section, history }], '2026-11-25');
		expect(none).toHaveLength(1);
		expect(none[0].k).toBe('note');
	});
});
