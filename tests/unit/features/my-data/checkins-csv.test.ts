import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoInZone } from '$lib/domain/formats/zoned-time';
import { defaultScales, type Checkin, type ScaleSettings } from '$lib/domain/journey/checkin';
import { sectionText } from '$lib/features/records/section-text';
import { checkinsCsv, checkinsCsvPaced } from '$lib/features/my-data/export/checkins-csv';
import { guarded, readCsv } from '../../domain/formats/strict-csv';
import { checkins, scaleSettings, zones } from './journal-arbitrary';

const checkin = (over: Partial<Checkin> & { id: string; at: string }): Checkin => ({
	updatedAt: over.at,
	scores: {},
	ticked: [],
	helped: '',
	note: '',
	...over
});

const read = (csv: string) => {
	expect(csv.startsWith('\uFEFF')).toBe(true);
	return readCsv(csv.slice(1));
};

describe('check-ins as CSV', () => {
	it('writes a header, then each check-in by time with its offset, scores, signs, helped and note', () => {
		const csv = checkinsCsv(
			[
				checkin({
					id: 'b',
					at: '2026-07-04T20:15:00.000Z',
					scores: { mood: 4, sleep: 2 },
					ticked: [
						{ stage: 'early-warning-signs', item: 'x', text: 'Sleeping late' },
						{ stage: 'triggers', item: 'y', text: 'Money worries' }
					],
					helped: 'A walk, with Jo',
					note: 'Better "today"\nand tomorrow'
				}),
				checkin({ id: 'a', at: '2026-03-04T21:15:00.000Z', scores: { mood: 1 }, note: '=1+1' })
			],
			defaultScales,
			{ timeZone: 'Europe/London' }
		);
		expect(read(csv)).toEqual([
			[
				'Date and time',
				'Mood (5 is good)',
				'Sleep (5 is good)',
				'Hope (5 is good)',
				'Feeling connected (5 is good)',
				'Signs I ticked',
				'What helped',
				'Note'
			],
			['2026-03-04T21:15:00+00:00', '1', '', '', '', '', '', "'=1+1"],
			[
				'2026-07-04T21:15:00+01:00',
				'4',
				'2',
				'',
				'',
				'Early warning signs: Sleeping late; Triggers: Money worries',
				'A walk, with Jo',
				'Better "today"\nand tomorrow'
			]
		]);
	});

	it('gives a hidden scale a column only when it was answered, and keeps answers to a scale since removed', () => {
		const scales: ScaleSettings = {
			scales: [
				{ id: 'mood', name: 'Mood', hidden: false, goodEnd: 5, lowWords: '', highWords: '' },
				{ id: 'calm', name: 'Anxiety', hidden: true, goodEnd: 1, lowWords: '', highWords: '' },
				{ id: 'hope', name: 'Hope', hidden: true, goodEnd: 5, lowWords: '', highWords: '' }
			]
		};
		const csv = checkinsCsv(
			[checkin({ id: 'a', at: '2026-01-01T10:00:00Z', scores: { calm: 2, sleep: 3, x9: 4 } })],
			scales,
			{ timeZone: 'UTC', bom: false }
		);
		expect(csv.startsWith('\uFEFF')).toBe(false);
		expect(readCsv(csv)).toEqual([
			[
				'Date and time',
				'Mood (5 is good)',
				'Anxiety (1 is good)',
				'Sleep',
				'A scale no longer in my list (x9)',
				'Signs I ticked',
				'What helped',
				'Note'
			],
			['2026-01-01T10:00:00+00:00', '', '2', '3', '4', '', '', '']
		]);
	});

	it('keeps formulas from running, numbers as numbers, and other scripts and emoji as written', () => {
		const notes = [
			'=1+1',
			'+A1',
			'@SUM(A1:A2)',
			'-1+1',
			'-2',
			'3.5',
			'مرحبا، كيف حالك؟',
			'שלום',
			'👩‍👩‍👧‍👦🏳️‍🌈'
		];
		const csv = checkinsCsv(
			notes.map((note, n) =>
				checkin({ id: `c${n}`, at: new Date(Date.UTC(2026, 0, 1 + n)).toISOString(), note })
			),
			defaultScales,
			{ timeZone: 'UTC' }
		);
		expect(
			read(csv)
				.slice(1)
				.map((row) => row.at(-1))
		).toEqual([
			"'=1+1",
			"'+A1",
			"'@SUM(A1:A2)",
			"'-1+1",
			'-2',
			'3.5',
			'مرحبا، كيف حالك؟',
			'שלום',
			'👩‍👩‍👧‍👦🏳️‍🌈'
		]);
	});

	it('holds every check-in exactly once, in order, reading back to the same fields', () => {
		fc.assert(
			fc.property(checkins, scaleSettings, fc.constantFrom(...zones), (list, scales, timeZone) => {
				const rows = read(checkinsCsv(list, scales, { timeZone }));
				const header = rows[0];
				const byTime = list.toSorted(
					(a, b) => Date.parse(a.at) - Date.parse(b.at) || (a.id < b.id ? -1 : 1)
				);
				expect(rows.length).toBe(list.length + 1);
				const scaleCount = header.length - 4;
				rows.slice(1).forEach((row, n) => {
					const c = byTime[n];
					expect(row.length).toBe(header.length);
					expect(row[0]).toBe(isoInZone(c.at, timeZone));
					expect(
						row
							.slice(1, 1 + scaleCount)
							.filter(Boolean)
							.sort()
					).toEqual(Object.values(c.scores).map(String).sort());
					expect(row.at(-2)).toBe(guarded(c.helped));
					expect(row.at(-1)).toBe(guarded(c.note));
					expect(row.at(-3)).toBe(
						c.ticked.map((tick) => `${sectionText[tick.stage].title}: ${tick.text}`).join('; ')
					);
				});
			}),
			{ numRuns: 60 }
		);
	});

	it('makes the same file a slice at a time', async () => {
		const list = fc.sample(checkins, { numRuns: 1, seed: 7 })[0];
		const options = { timeZone: 'Pacific/Auckland' };
		expect(await checkinsCsvPaced(list, defaultScales, options)).toBe(
			checkinsCsv(list, defaultScales, options)
		);
	});
});
