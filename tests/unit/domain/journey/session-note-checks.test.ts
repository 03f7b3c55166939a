import { describe, expect, it } from 'vitest';
import {
	isEmptySessionNote,
	newSessionNote,
	sessionNoteDayProblems
} from '$lib/domain/journey/session-note';

const today = '2026-12-01';
const note = (changes: Partial<ReturnType<typeof newSessionNote>>) => ({
	...newSessionNote('2026-11-30'),
	...changes
});

describe('a session note before it is saved', () => {
	it('is empty with only its day, or only spaces', () => {
		expect(isEmptySessionNote(note({}))).toBe(true);
		expect(isEmptySessionNote(note({ who: '  ', talkedAbout: '\n', agreed: ' ' }))).toBe(true);
	});

	it('is not empty with any words, a goal or the next session', () => {
		expect(isEmptySessionNote(note({ who: 'Sam' }))).toBe(false);
		expect(isEmptySessionNote(note({ talkedAbout: 'Sleep' }))).toBe(false);
		expect(isEmptySessionNote(note({ agreed: 'Phone the group' }))).toBe(false);
		expect(isEmptySessionNote(note({ goals: ['goal-1'] }))).toBe(false);
		expect(isEmptySessionNote(note({ nextDate: '2026-12-14' }))).toBe(false);
	});

	it('has a day that can be: not in year 0001, not years ahead', () => {
		expect(sessionNoteDayProblems(note({}), today).date).toBeNull();
		expect(sessionNoteDayProblems(note({ date: '' }), today).date).toBe('missing');
		expect(sessionNoteDayProblems(note({ date: '0001-11-30' }), today).date).toBe('too-early');
		expect(sessionNoteDayProblems(note({ date: '2030-01-01' }), today).date).toBe('too-late');
		// A note written ahead of a session soon is fine.
		expect(sessionNoteDayProblems(note({ date: '2026-12-08' }), today).date).toBeNull();
	});

	it('has its next session on or after the session', () => {
		const next = (nextDate: string) => sessionNoteDayProblems(note({ nextDate }), today).nextDate;
		expect(next('')).toBeNull();
		expect(next('2026-12-14')).toBeNull();
		expect(next('2026-11-30')).toBeNull();
		expect(next('2026-11-29')).toBe('before-other');
		expect(next('0001-12-14')).toBe('too-early');
		expect(next('2099-12-14')).toBe('too-late');
	});
});
