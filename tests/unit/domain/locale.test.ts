import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatNumber, locale, plural } from '$lib/domain/locale';
import { formatCalendarDay, formatWhen } from '$lib/ui/format-date';
import { formatShareDay } from '$lib/share/share-dates';

describe('the one locale', () => {
	it('is the language app.html declares', () => {
		const html = readFileSync(join(import.meta.dirname, '../../../src/app.html'), 'utf8');
		expect(html).toContain(`<html lang="${locale}">`);
	});

	it('writes dates in en-GB whatever the device’s language', () => {
		expect(formatCalendarDay('2026-11-24')).toBe('24 November 2026');
		expect(formatWhen('2026-11-24T12:15:00.000Z')).toMatch(/^24 Nov 2026, \d\d:15$/);
		expect(formatShareDay(Date.UTC(2026, 10, 24, 12))).toBe('24 November 2026');
		expect(formatNumber(12345)).toBe('12,345');
	});

	it('picks the plural form by the locale’s rules', () => {
		const forms = { one: '1 day', other: 'days' };
		expect([0, 1, 2, 1.5].map((n) => plural(n, forms))).toEqual(['days', '1 day', 'days', 'days']);
		// A category the words do not give falls back to `other`.
		expect(plural(1, { other: 'any' })).toBe('any');
	});
});
