import { describe, expect, it } from 'vitest';
import { newTargetProblem } from '$lib/domain/journey/goal';

const today = '2026-12-01';

describe('a goal’s target as the goal is set', () => {
	it('may be left empty, or be today or later', () => {
		expect(newTargetProblem('', today)).toBeNull();
		expect(newTargetProblem(today, today)).toBeNull();
		expect(newTargetProblem('2027-06-30', today)).toBeNull();
	});

	it('cannot have passed already', () => {
		expect(newTargetProblem('2026-11-30', today)).toBe('in-past');
		expect(newTargetProblem('0001-01-01', today)).toBe('too-early');
	});

	it('cannot be centuries away', () => {
		expect(newTargetProblem('9999-12-31', today)).toBe('too-late');
	});
});
