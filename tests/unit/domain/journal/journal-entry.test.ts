import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import {
	journalEntrySchema,
	journalOrder,
	isBlankEntry,
	newJournalEntry
} from '$lib/domain/journal/journal-entry';
import { toggleLink } from '$lib/domain/journal/journal-link';
import { formatDuration, voiceNoteSchema } from '$lib/domain/journal/voice-note';

describe('journal entries', () => {
	it('opens an entry written before moods, links and pins with their defaults', () => {
		expect(v.parse(journalEntrySchema, { title: 'Old', text: 'words' })).toEqual({
			title: 'Old',
			text: 'words',
			mood: '',
			links: [],
			pinned: false
		});
	});

	it('refuses a link to something that is neither a goal, a plan section nor an entry', () => {
		const bad = { ...newJournalEntry(), links: [{ to: 'elsewhere', id: 'x' }] };
		expect(v.safeParse(journalEntrySchema, bad).success).toBe(false);
	});

	it('adds a link once and takes it away again', () => {
		const goal = { to: 'goal', id: 'g1' } as const;
		const once = toggleLink([], goal);
		expect(once).toEqual([goal]);
		expect(toggleLink(once, { ...goal })).toEqual([]);
	});

	it('puts pinned entries first, then the newest', () => {
		const at = (createdAt: string, pinned: boolean) => ({ createdAt, data: { pinned } });
		const order = journalOrder([
			at('2026-01-01', false),
			at('2025-01-01', true),
			at('2026-02-01', false)
		]);
		expect(order.map((e) => e.createdAt)).toEqual(['2025-01-01', '2026-02-01', '2026-01-01']);
	});

	it('knows an entry with only spaces is blank', () => {
		expect(isBlankEntry({ ...newJournalEntry(), text: '  \n' })).toBe(true);
		expect(isBlankEntry({ ...newJournalEntry(), mood: 'calm' })).toBe(false);
	});
});

describe('voice notes', () => {
	const note = {
		name: 'Morning',
		type: 'audio/webm;codecs=opus',
		recordedAt: '2026-11-30T10:00:00.000Z',
		durationMs: 65_000,
		chunks: 2,
		bytes: 260_000,
		complete: true
	};

	it('accepts the media types browsers record in, and nothing that is not audio', () => {
		expect(v.parse(voiceNoteSchema, note).links).toEqual([]);
		expect(v.safeParse(voiceNoteSchema, { ...note, type: 'audio/mp4' }).success).toBe(true);
		expect(v.safeParse(voiceNoteSchema, { ...note, type: 'text/html' }).success).toBe(false);
	});

	it('says how long a recording is', () => {
		expect(formatDuration(65_000)).toBe('1:05');
		expect(formatDuration(3_725_000)).toBe('1:02:05');
		expect(formatDuration(-5)).toBe('0:00');
	});
});
