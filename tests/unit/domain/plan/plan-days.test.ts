import { describe, expect, it } from 'vitest';
import { planDayProblems } from '$lib/domain/plan/plan-days';
import { findSection } from '$lib/domain/plan/plan-sections';

const today = '2026-12-01';
const advance = findSection('advance-statement')!;
const problems = (data: Record<string, unknown>) =>
	planDayProblems(advance.id, advance.fields, data, today);

describe('the days of an advance statement', () => {
	it('may be empty, or signed and witnessed the same day or later', () => {
		expect(problems({})).toEqual({});
		expect(problems({ signedOn: '2026-11-02', witnessedOn: '' })).toEqual({});
		expect(problems({ signedOn: '2026-11-02', witnessedOn: '2026-11-02' })).toEqual({});
		expect(problems({ signedOn: '2026-11-02', witnessedOn: '2026-11-09' })).toEqual({});
	});

	it('cannot be witnessed before it was signed', () => {
		expect(problems({ signedOn: '2026-11-02', witnessedOn: '2026-11-01' })).toEqual({
			witnessedOn: 'before-other'
		});
	});

	it('cannot be signed or witnessed in year 0001, or on a day still to come', () => {
		expect(problems({ signedOn: '0001-11-02' })).toEqual({ signedOn: 'too-early' });
		expect(problems({ signedOn: '2026-12-02', witnessedOn: '2026-12-03' })).toEqual({
			signedOn: 'in-future',
			witnessedOn: 'in-future'
		});
	});

	it('leaves sections without days alone', () => {
		const about = findSection('about-me')!;
		expect(planDayProblems(about.id, about.fields, { name: 'Jo' }, today)).toEqual({});
	});
});
