import { describe, expect, it } from 'vitest';
import { defaultScales, type Checkin } from '$lib/domain/journey/checkin';
import { checkinsCsv } from '$lib/features/my-data/export/checkins-csv';
import { journalMarkdown } from '$lib/features/my-data/export/journal-markdown';
import { checkin, entry, goal, progress } from './journal-sample';

// Ten years of twice-daily check-ins and 3,000 journal entries, the size the bench measures:
// made well inside its 3 s, and in time that grows with the journal, not faster.

const day = 86_400_000;
function journal(years: number) {
	const start = Date.UTC(2016, 0, 1, 8);
	const checkins: Checkin[] = [];
	for (let n = 0; n < years * 365; n++)
		for (const hour of [0, 13])
			checkins.push(
				checkin(`c${n}-${hour}`, new Date(start + n * day + hour * 3_600_000).toISOString(), {
					scores: { mood: 1 + (n % 5), sleep: 1 + (hour % 5), hope: 3, connection: 4 },
					ticked: n % 7 ? [] : [{ stage: 'triggers', item: 't', text: 'Money worries' }],
					helped: n % 3 ? '' : 'A walk by the sea, and tea with Jo',
					note:
						n % 2
							? ''
							: `Day ${n}: slept badly, "tired", but *went out* anyway.\nFelt better later.`
				})
			);
	const entries = Array.from({ length: years * 300 }, (_, n) =>
		entry(
			`j${n}`,
			{
				title: `Entry ${n}`,
				text: 'Today I went to the group. # Not a heading\n- nor a list\n'.repeat(8)
			},
			new Date(start + n * day * 1.2).toISOString()
		)
	);
	const goals = [goal('g', { title: 'Walk' }, [progress('p', '2026-01-01', 4)])];
	return { checkins, entries, goals, scales: defaultScales };
}

function timed(make: () => string) {
	const start = performance.now();
	const out = make();
	return { ms: performance.now() - start, length: out.length };
}

describe('ten years of a journal', () => {
	it('makes the check-ins CSV and the whole journal in Markdown in well under the budget', () => {
		const options = { timeZone: 'Europe/London', now: new Date() };
		const half = journal(5);
		const halfMs = timed(() => journalMarkdown(half, options)).ms;
		const data = journal(10);
		const csv = timed(() => checkinsCsv(data.checkins, data.scales, options));
		const md = timed(() => journalMarkdown(data, options));
		expect(csv.length).toBeGreaterThan(7_300 * 30);
		expect(md.length).toBeGreaterThan(3_000 * 400);
		expect(csv.ms + md.ms).toBeLessThan(3_000);
		// Twice the journal takes about twice the time, not four times (within a generous margin).
		expect(md.ms).toBeLessThan(halfMs * 3 + 50);
	});
});
