import { describe, expect, it } from 'vitest';
import { entryHeading } from '$lib/domain/journal/journal-entry';
import { backupIsDue } from '$lib/domain/vault-settings';

describe('backup reminder', () => {
	const now = new Date('2026-11-24T12:00:00Z');
	it('is due when no backup was ever made, or the last is more than 30 days old', () => {
		expect(backupIsDue(null, now)).toBe(true);
		expect(backupIsDue('2026-10-24T11:00:00.000Z', now)).toBe(true);
		expect(backupIsDue('2026-10-26T12:00:00.000Z', now)).toBe(false);
		expect(backupIsDue('2026-11-24T08:00:00.000Z', now)).toBe(false);
	});
});

describe('journal entry heading', () => {
	it('uses the title, else the first line, shortened, else nothing', () => {
		expect(entryHeading({ title: ' Sea ', text: 'x' })).toBe('Sea');
		expect(entryHeading({ title: '', text: 'First line\nsecond' })).toBe('First line');
		expect(entryHeading({ title: '', text: 'a'.repeat(100) })).toHaveLength(80);
		expect(entryHeading({ title: '', text: '   ' })).toBe('');
	});
});
