import { describe, expect, it } from 'vitest';
import { isToday } from '$lib/features/checkins/checkin-day';
import { text } from '$lib/features/checkins/text';

describe('the day a check-in speaks of', () => {
	const now = new Date(2026, 11, 1, 9, 30);

	it('is today for a moment earlier or later on the same local day', () => {
		expect(isToday('2026-12-01T00:00', now)).toBe(true);
		expect(isToday('2026-12-01T23:59', now)).toBe(true);
	});

	it('is not today for yesterday, the same day of another month or year, or tomorrow', () => {
		expect(isToday('2026-11-30T23:59', now)).toBe(false);
		expect(isToday('2026-11-01T09:30', now)).toBe(false);
		expect(isToday('2025-12-01T09:30', now)).toBe(false);
		expect(isToday('2026-12-02T00:00', now)).toBe(false);
	});

	it('reads a cleared or half-typed field as today', () => {
		expect(isToday('', now)).toBe(true);
		expect(isToday('2026-12', now)).toBe(true);
	});

	it('says "today" only for a check-in of today, and "that day" for a past one', () => {
		expect(text.helped(true)).toContain('today');
		expect(text.signs.hint(true)).toContain('today');
		expect(text.lead(true)).toContain('today');
		for (const words of [text.lead(false), text.helped(false), text.signs.hint(false)]) {
			expect(words).not.toMatch(/today/i);
			expect(words).toContain('that day');
		}
	});
});
