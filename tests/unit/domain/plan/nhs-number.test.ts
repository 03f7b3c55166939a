import { describe, expect, it } from 'vitest';
import { nhsNumberProblem } from '$lib/domain/plan/nhs-number';

describe('an NHS number', () => {
	it('is right with ten digits and its check digit, spaced or not', () => {
		expect(nhsNumberProblem('943 476 5919')).toBeNull();
		expect(nhsNumberProblem('9434765919')).toBeNull();
		expect(nhsNumberProblem('')).toBeNull();
		expect(nhsNumberProblem('  ')).toBeNull();
	});

	it('says when it has the wrong number of digits, or letters', () => {
		expect(nhsNumberProblem('943 476 591')).toBe('length');
		expect(nhsNumberProblem('943 476 59199')).toBe('length');
		expect(nhsNumberProblem('943 476 591O')).toBe('length');
	});

	it('catches one digit typed wrong, or two swapped', () => {
		expect(nhsNumberProblem('943 476 5918')).toBe('check');
		expect(nhsNumberProblem('934 476 5919')).toBe('check');
	});
});
