import { describe, expect, it } from 'vitest';
import { goalsCsv, goalsCsvPaced } from '$lib/features/my-data/export/goals-csv';
import { readCsv } from '../../domain/formats/strict-csv';
import { goal, progress, setback } from './journal-sample';

const header = [
	'Goal',
	'Type',
	'Day',
	'Where it stands',
	'When I’d like to get there',
	'Steps done',
	'Steps in all',
	'Why it matters to me',
	'Progress (0 to 10)',
	'How it’s going',
	'What happened',
	'What helped',
	'What got in the way',
	'What I learnt'
];

const goals = [
	goal('g2', { title: 'Cook for friends', status: 'achieved' }, [], '2026-01-01T10:00:00.000Z'),
	goal(
		'g1',
		{
			title: 'Walk to the sea, "every" week',
			why: 'It calms me',
			targetDate: '2026-09-01',
			steps: [
				{ id: 's1', text: 'Buy boots', done: true },
				{ id: 's2', text: 'First walk', done: false },
				{ id: 's3', text: '  ', done: false }
			]
		},
		[
			setback('e3', '2026-04-10', { happened: 'Rain, all week', learnt: '=take a coat' }),
			progress('e1', '2026-03-02', 3, 'Started'),
			progress('e2', '2026-04-20', 6)
		],
		'2026-02-01T10:00:00.000Z'
	),
	goal('g3', { title: '  ', status: 'working' }, [], '2026-03-01T10:00:00.000Z')
];

describe('goals as CSV', () => {
	it('gives each goal a row, then its progress and setbacks in the order they happened', () => {
		const csv = goalsCsv(goals);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const rows = readCsv(csv.slice(1));
		const empty = (n: number) => Array<string>(n).fill('');
		expect(rows).toEqual([
			header,
			[
				'Walk to the sea, "every" week',
				'The goal',
				'',
				'Working on it',
				'2026-09-01',
				'1',
				'2',
				'It calms me',
				...empty(6)
			],
			[
				'Walk to the sea, "every" week',
				'Progress update',
				'2026-03-02',
				...empty(5),
				'3',
				'Started',
				...empty(4)
			],
			[
				'Walk to the sea, "every" week',
				'Setback',
				'2026-04-10',
				...empty(7),
				'Rain, all week',
				'',
				'',
				"'=take a coat"
			],
			[
				'Walk to the sea, "every" week',
				'Progress update',
				'2026-04-20',
				...empty(5),
				'6',
				...empty(5)
			],
			['A goal without words yet', 'The goal', '', 'Working on it', '', '0', '0', ...empty(7)],
			['Cook for friends', 'The goal', '', 'Achieved', '', '0', '0', ...empty(7)]
		]);
		for (const row of rows) expect(row.length).toBe(header.length);
	});

	it('writes a header alone when there are no goals, without a byte order mark if asked', () => {
		expect(readCsv(goalsCsv([], { bom: false }))).toEqual([header]);
	});

	it('makes the same file a slice at a time', async () => {
		expect(await goalsCsvPaced(goals)).toBe(goalsCsv(goals));
	});
});
