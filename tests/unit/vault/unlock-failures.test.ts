import { describe, expect, it } from 'vitest';
import {
	delayAfter,
	longestWaitMs,
	noFailures,
	parseFailures,
	waitRemaining
} from '$lib/vault/unlock-failures';

const day = 24 * 60 * 60 * 1000;

describe('unlock failures', () => {
	it('allows three tries freely, then waits longer after each, up to five minutes', () => {
		expect([0, 1, 2, 3, 4, 5, 6].map(delayAfter)).toEqual([0, 0, 0, 2000, 4000, 8000, 16000]);
		expect(delayAfter(40)).toBe(300_000);
		expect(delayAfter(Number.MAX_SAFE_INTEGER)).toBe(300_000);
	});

	it('counts the wait down from the last failure', () => {
		const failures = { count: 3, at: 3000 };
		expect(waitRemaining(failures, 3500)).toBe(1500);
		expect(waitRemaining(failures, 6000)).toBe(0);
		expect(waitRemaining(noFailures, 6000)).toBe(0);
	});

	it('ignores a failure stamped in the future, as when the clock was a day fast and then put right', () => {
		const now = Date.parse('2026-12-01T09:00:00Z');
		expect(waitRemaining({ count: 5, at: now + day }, now)).toBe(0);
		expect(waitRemaining({ count: 5, at: now + 1 }, now)).toBe(0);
	});

	it('never waits longer than five minutes, whatever is stored', () => {
		const now = Date.parse('2026-12-01T09:00:00Z');
		expect(waitRemaining({ count: 1000, at: now }, now)).toBe(longestWaitMs);
		expect(longestWaitMs).toBe(5 * 60_000);
	});

	it('starts again from nothing when what is stored is unreadable', () => {
		expect(parseFailures({ count: 'lots', at: 1 })).toEqual(noFailures);
		expect(parseFailures({ count: -1, at: 1 })).toEqual(noFailures);
		expect(parseFailures(undefined)).toEqual(noFailures);
		expect(parseFailures({ count: 4, at: 1000 })).toEqual({ count: 4, at: 1000 });
	});
});
