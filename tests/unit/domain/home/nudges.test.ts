import { describe, expect, it } from 'vitest';
import { markSaid, noNudgesSeen, nudgesFor, type NudgeFacts } from '$lib/domain/home/nudges';

const noReview = { next: null, inDays: null, full: false };
const facts = (over: Partial<NudgeFacts>): NudgeFacts => ({
	today: '2026-12-10',
	lastCheckinDay: '2026-12-10',
	review: noReview,
	...over
});

describe('gentle nudges on home', () => {
	it('says nothing the day after a check-in, nor to someone who never checked in', () => {
		expect(nudgesFor(facts({ lastCheckinDay: '2026-12-09' }), noNudgesSeen)).toEqual([]);
		expect(nudgesFor(facts({ lastCheckinDay: null }), noNudgesSeen)).toEqual([]);
	});

	it('notes a whole day gone by with no check-in, once for that gap', () => {
		const [nudge] = nudgesFor(facts({ lastCheckinDay: '2026-12-08' }), noNudgesSeen);
		expect(nudge).toEqual({
			kind: 'missed-checkin',
			key: 'missed:2026-12-08',
			lastDay: '2026-12-08'
		});
		const seen = markSaid(noNudgesSeen, [nudge]);
		expect(nudgesFor(facts({ lastCheckinDay: '2026-12-08' }), seen)).toEqual([]);
		// Days later, the same gap is still the one already said.
		expect(nudgesFor(facts({ today: '2026-12-20', lastCheckinDay: '2026-12-08' }), seen)).toEqual(
			[]
		);
		// A check-in, then another gap: said again.
		expect(
			nudgesFor(facts({ today: '2026-12-20', lastCheckinDay: '2026-12-15' }), seen)
		).toHaveLength(1);
	});

	it('notes a review in the coming week, from its day to seven days ahead, once', () => {
		const review = (inDays: number) => ({ next: '2026-12-17', inDays, full: true });
		expect(nudgesFor(facts({ review: review(8) }), noNudgesSeen)).toEqual([]);
		expect(nudgesFor(facts({ review: review(-1) }), noNudgesSeen)).toEqual([]);
		const [nudge] = nudgesFor(facts({ review: review(7) }), noNudgesSeen);
		expect(nudge).toMatchObject({ kind: 'review-soon', day: '2026-12-17', inDays: 7, full: true });
		expect(nudgesFor(facts({ review: review(0) }), markSaid(noNudgesSeen, [nudge]))).toEqual([]);
	});

	it('keeps only the newest few keys, and each once', () => {
		let seen = noNudgesSeen;
		for (let day = 1; day <= 60; day++) {
			const key = `missed:2026-01-${String(day).padStart(2, '0')}`;
			seen = markSaid(seen, [{ kind: 'missed-checkin', key, lastDay: key.slice(7) }]);
		}
		seen = markSaid(seen, [{ kind: 'missed-checkin', key: 'missed:2026-01-60', lastDay: 'x' }]);
		expect(seen.seen.length).toBeLessThanOrEqual(40);
		expect(new Set(seen.seen).size).toBe(seen.seen.length);
		expect(seen.seen.at(-1)).toBe('missed:2026-01-60');
	});
});
