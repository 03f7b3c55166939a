import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
	agreedLastTime,
	bySessionDate,
	newSessionNote,
	sessionNoteSchema
} from '$lib/domain/journey/session-note';

const note = (id: string, date: string, agreed = '', createdAt = `${date}T12:00:00.000Z`) => ({
	id,
	createdAt,
	data: { ...newSessionNote(date), agreed }
});

describe('session notes', () => {
	it('need a real date; everything else may be empty', () => {
		expect(v.safeParse(sessionNoteSchema, newSessionNote('2026-11-30')).success).toBe(true);
		expect(v.safeParse(sessionNoteSchema, newSessionNote('')).success).toBe(false);
	});

	it('list the latest session first', () => {
		const notes = [note('a', '2026-10-01'), note('b', '2026-11-01'), note('c', '2026-10-15')];
		expect(bySessionDate(notes).map((n) => n.id)).toEqual(['b', 'c', 'a']);
	});

	it('bring forward what was agreed at the latest session that agreed something', () => {
		const notes = [
			note('a', '2026-10-01', 'Try the walking group'),
			note('b', '2026-11-01', ''),
			note('c', '2026-10-15', 'Phone the housing office')
		];
		expect(agreedLastTime(notes)?.id).toBe('c');
		// Editing that note itself shows the one before it.
		expect(agreedLastTime(notes, 'c')?.id).toBe('a');
		expect(agreedLastTime([])).toBeUndefined();
	});
});
