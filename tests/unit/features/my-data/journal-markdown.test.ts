import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { zonedTime } from '$lib/domain/formats/zoned-time';
import { defaultScales } from '$lib/domain/journey/checkin';
import {
	journalMarkdown,
	journalMarkdownPaced,
	journalPartIds,
	journalParts,
	type JournalExportData
} from '$lib/features/my-data/export/journal-markdown';
import { wordsOf } from '../../domain/formats/markdown-read';
import { checkins, scaleSettings, zones } from './journal-arbitrary';
import { checkin, entry, goal, plan, progress, review, session, setback } from './journal-sample';

const now = new Date('2026-03-04T21:15:00.000Z');
const london = { timeZone: 'Europe/London', now };

const journal: JournalExportData = {
	plan: plan({
		'about-me': {
			name: 'Jo',
			whoIAm: 'A dad and a cook.\nA night owl.',
			important: '',
			support: '',
			behaviour: ''
		},
		strengths: {
			strengths: [
				{ id: 'a', text: 'Patient' },
				{ id: 'b', text: ' ' }
			],
			skills: [],
			purpose: [],
			people: [{ id: 'p', name: 'Sam', relationship: 'Sister', contact: '0777 000' }],
			places: []
		},
		'crisis-plan': {
			takeOver: [],
			supporters: [],
			notInvolved: [{ id: 'n', name: 'Alex', reason: '' }]
		},
		'advance-statement': { signedOn: '2026-02-01' }
	}),
	goals: [
		goal('g1', { title: 'Walk to the sea', steps: [{ id: 's', text: 'Boots', done: true }] }, [
			progress('e1', '2026-03-02', 3, 'Started'),
			setback('e2', '2026-03-03', { happened: 'Rain' })
		])
	],
	checkins: [
		checkin('c2', '2026-03-04T21:15:00.000Z', { scores: { mood: 4 }, note: 'Calm' }),
		checkin('c1', '2026-02-27T08:00:00.000Z', {
			scores: { mood: 2, sleep: 3 },
			ticked: [{ stage: 'triggers', item: 't', text: 'Money' }],
			helped: 'Tea'
		})
	],
	scales: defaultScales,
	entries: [
		entry(
			'j1',
			{
				title: 'First day',
				text: 'It went well.',
				mood: 'hopeful',
				links: [{ to: 'goal', id: 'g1' }]
			},
			'2026-03-01T08:30:00.000Z'
		),
		entry('j2', {}, '2026-03-02T08:30:00.000Z')
	],
	sessions: [
		session('s1', {
			date: '2026-03-03',
			who: 'Sam',
			talkedAbout: 'Sleep',
			goals: ['g1', 'gone'],
			agreed: 'Walk daily',
			nextDate: '2026-03-17'
		}),
		session('s2', { date: '2026-03-04' })
	],
	reviews: [review('r1', { date: '2026-03-01', full: true, wentWell: 'Walking' })],
	unmetNeeds: { needs: [{ id: 'u', text: 'A group near me' }] }
};

describe('the journal as Markdown', () => {
	it('starts by saying what it is, when it was made and that it is not encrypted', () => {
		const md = journalMarkdown(journal, london);
		const head = md.split('\n\n').slice(0, 3);
		expect(head[0]).toBe('# My Waymark journal');
		expect(head[1]).toBe('Made on 4 March 2026 at 21:15 GMT from the journal on my phone.');
		expect(head[2]).toMatch(/^> \*\*This file is not encrypted\./);
		expect(journalMarkdown(journal, { timeZone: 'Pacific/Auckland', now })).toContain(
			'Made on 5 March 2026 at 10:15 GMT+13'
		);
	});

	it('writes each part with what is in it, in the person’s words and under the plan’s labels', () => {
		const md = journalMarkdown(journal, london);
		expect(md.match(/^#{1,3} .*$/gm)).toEqual([
			'# My Waymark journal',
			'## My plan',
			'### About me',
			'### My strengths and resources',
			'### My crisis plan',
			'### My advance statement',
			'## My goals',
			'### Walk to the sea',
			'## My check-ins',
			'### February 2026',
			'### March 2026',
			'## My journal entries',
			'### First day',
			'## My session notes',
			'### 3 March 2026, with Sam',
			'## My reviews',
			'### Full review, 1 March 2026',
			'## Needs not met at the moment'
		]);
		for (const expected of [
			'**What I like to be called**: Jo',
			'**Who I am**\n\nA dad and a cook.  \nA night owl.',
			'**My strengths and qualities**\n\n- Patient\n\n',
			'- Name: Sam  \n  Who they are to me: Sister  \n  Phone number: 0777 000',
			'#### Who I want, and don’t want, involved\n\n**People I do not want involved**\n\n- Name: Alex',
			'**Date I signed it**: 1 February 2026',
			'Working on it · Progress 3 of 10 · 1 of 1 steps done',
			'- [x] Boots',
			'- 2 March 2026: progress 3 of 10  \n  Started',
			'- 3 March 2026: a setback  \n  What happened: Rain',
			'- Mood: 1 is low, 5 is good',
			'### February 2026\n\n- Fri 27 Feb, 08:00 · Mood 2, Sleep 3 · Signs I ticked: Money (Triggers) · What helped: Tea\n\n',
			'- Wed 4 Mar, 21:15 · Mood 4 · Note: Calm',
			'Written 1 March 2026 at 08:30 · Mood: hopeful · About Walk to the sea\n\nIt went well.',
			'**Goals it related to**\n\n- Walk to the sea\n\n',
			'Next session: 17 March 2026.',
			'**What went well**\n\nWalking',
			'- A group near me'
		])
			expect(md).toContain(expected);
		// Blank entries and empty session notes are left out.
		expect(md.match(/^### /gm)!.length).toBe(10);
	});

	it('holds only the parts chosen, and says so when nothing in them is written', () => {
		const md = journalMarkdown(journal, { ...london, parts: ['goals', 'reviews'] });
		expect(md.match(/^## .*$/gm)).toEqual(['## My goals', '## My reviews']);
		expect(md).toContain('**What is in it**\n\n- My goals\n- My reviews\n\n');
		expect(md).not.toContain('Walk daily');
		const empty = journalMarkdown(
			{ goals: [], entries: [entry('j', {}, now.toISOString())] },
			london
		);
		expect(empty.trimEnd().split('\n\n').at(-1)).toBe(
			'Nothing is written yet in the parts I chose.'
		);
		expect(empty).not.toMatch(/^## /m);
		const unchosen = journalMarkdown(journal, { ...london, parts: [] });
		expect(unchosen).toContain('Nothing is written yet in the parts I chose.');
	});

	it('offers every part by name, in the order the document has them', () => {
		expect(journalParts.map((p) => p.id)).toEqual([...journalPartIds]);
		expect(journalParts.map((p) => p.name)).toEqual([
			'My plan',
			'My goals',
			'My check-ins',
			'My journal entries',
			'My session notes',
			'My reviews',
			'Needs not met at the moment'
		]);
	});

	it('makes the same document a slice at a time', async () => {
		expect(await journalMarkdownPaced(journal, london)).toBe(journalMarkdown(journal, london));
	});

	it('keeps hostile words literal wherever they are written', () => {
		const hostile = [
			'# heading',
			'<img src=x onerror=alert(1)>',
			'[link](javascript:alert(1))',
			'| table | row |',
			'---',
			'> quote\n1. list\n```\n    code'
		].join('\n');
		const md = journalMarkdown(
			{
				plan: plan({
					'about-me': { whoIAm: hostile, name: '# Jo' },
					strengths: {
						strengths: [{ id: 'a', text: hostile }],
						people: [{ id: 'p', name: hostile }]
					}
				}),
				goals: [
					goal('g', { title: hostile, why: hostile }, [
						setback('e', '2026-03-01', { learnt: hostile })
					])
				],
				checkins: [
					checkin('c', '2026-03-01T10:00:00Z', {
						note: hostile,
						helped: hostile,
						ticked: [{ stage: 'triggers', item: 'i', text: hostile }]
					})
				],
				scales: {
					scales: [
						{
							id: 'mood',
							name: '<b>Mood</b> | #',
							hidden: false,
							goodEnd: 5,
							lowWords: '',
							highWords: ''
						}
					]
				},
				entries: [
					entry('j', { title: hostile, text: hostile, mood: hostile }, '2026-03-01T10:00:00Z')
				],
				sessions: [session('s', { date: '2026-03-01', who: hostile, talkedAbout: hostile })],
				reviews: [review('r', { date: '2026-03-01', wentWell: hostile })],
				unmetNeeds: { needs: [{ id: 'u', text: hostile }] }
			},
			london
		);
		// The only headings are the document's own, one per part and per thing in it.
		const headings = md.match(/^#+ .*$/gm)!;
		expect(headings.filter((h) => /^#+ (heading|Jo)/.test(h))).toEqual([]);
		expect(headings.length).toBe(1 + 7 + 2 + 5);
		// No HTML, no link, no table, no rule, no quote, list or code block of the person's making.
		expect(md).not.toMatch(/<(?!!)/);
		expect(md).not.toMatch(/(^|[^\\])\[link/);
		expect(md).not.toMatch(/(^|[^\\])\|/);
		for (const line of md.split('\n')) {
			expect(line).not.toMatch(/^\s*(---|```|1\.|> quote)/);
			expect(line).not.toMatch(/^ {4}code/);
		}
		// Every hostile line is there, as written, once escapes are read.
		expect(wordsOf(md)).toContain('<img src=x onerror=alert(1)>');
		expect(wordsOf(md)).toContain('[link](javascript:alert(1))');
	});

	it('holds every check-in exactly once, under the month it was made in, in the person’s zone', () => {
		fc.assert(
			fc.property(checkins, scaleSettings, fc.constantFrom(...zones), (list, scales, timeZone) => {
				const marked = list.map((c, n) => ({ ...c, note: `${c.note} ZQ${n}QZ` }));
				const md = journalMarkdown(
					{ checkins: marked, scales },
					{ timeZone, now, parts: ['checkins'] }
				);
				let month = '';
				const seen = new Map<number, string>();
				for (const line of md.split('\n')) {
					if (line.startsWith('### ')) month = line.slice(4);
					for (const [, n] of line.matchAll(/ZQ(\d+)QZ/g)) {
						expect(seen.has(Number(n))).toBe(false);
						seen.set(Number(n), month);
					}
				}
				expect(seen.size).toBe(list.length);
				const monthName = new Intl.DateTimeFormat('en-GB', {
					month: 'long',
					year: 'numeric',
					timeZone: 'UTC'
				});
				marked.forEach((c, n) => {
					const t = zonedTime(c.at, timeZone);
					expect(seen.get(n)).toBe(monthName.format(Date.UTC(t.year, t.month - 1, 1)));
				});
				const lines =
					md.split('## My check-ins')[1]?.match(/^- \p{L}+ \d{1,2} \p{L}+, \d\d:\d\d/gmu) ?? [];
				expect(lines.length).toBe(list.length);
			}),
			{ numRuns: 60 }
		);
	});
});
