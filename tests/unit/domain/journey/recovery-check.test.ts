import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
	byMonthNewest,
	checkForMonth,
	recoveryCheckSchema
} from '$lib/domain/journey/recovery-check';

const check = (month: string, hope?: number) => ({
	data: {
		month,
		answers: { connected: 3, hope, identity: undefined, meaning: 4, empowerment: 2 },
		note: ''
	}
});

describe('the monthly recovery check', () => {
	it('answers each area 1 to 5, any of them left out', () => {
		expect(v.safeParse(recoveryCheckSchema, check('2026-11', 5).data).success).toBe(true);
		expect(v.safeParse(recoveryCheckSchema, check('2026-11').data).success).toBe(true);
		expect(v.safeParse(recoveryCheckSchema, check('2026-11', 6).data).success).toBe(false);
		expect(v.safeParse(recoveryCheckSchema, check('2026-13', 3).data).success).toBe(false);
	});

	it('finds this month’s check to change, and lists the latest month first', () => {
		const checks = [check('2026-10', 2), check('2026-11', 3), check('2025-12', 1)];
		expect(checkForMonth(checks, '2026-11-30')).toBe(checks[1]);
		expect(checkForMonth(checks, '2026-12-01')).toBeUndefined();
		expect(byMonthNewest(checks).map((c) => c.data.month)).toEqual([
			'2026-11',
			'2026-10',
			'2025-12'
		]);
	});
});
