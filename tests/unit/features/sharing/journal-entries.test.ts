import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { newJournalEntry, type JournalEntry } from '$lib/domain/journal/journal-entry';
import type { Saved } from '$lib/domain/record-kind';
import {
	entryFilter,
	entryTooLong,
	maxSharedEntries,
	shareableEntries
} from '$lib/features/sharing/journal-blocks';
import { buildSummary, hasContent, shareChoices } from '$lib/features/sharing/share-choices';
import type { ShareSources } from '$lib/features/sharing/share-sources';
import { packSummary, unpackSummary } from '$lib/share/summary-pack';
import { summaryLimits, summarySchema, type SummarySection } from '$lib/share/summary';

const entry = (
	id: string,
	createdAt: string,
	data: Partial<JournalEntry> = {}
): Saved<JournalEntry> => ({
	id,
	createdAt,
	updatedAt: createdAt,
	revision: 1,
	data: { ...newJournalEntry(), ...data }
});

const harbour = entry('a', '2026-11-02T12:00:00.000Z', {
	title: 'Harbour',
	text: 'The boats came in at six.\nI stayed till dark.'
});
const kitchen = entry('b', '2026-11-10T18:30:00.000Z', {
	title: 'Kitchen',
	text: 'Kept private: a row with my brother.'
});
const untitled = entry('c', '2026-11-20T12:00:00.000Z', {
	text: 'Slept eight hours\nfor the first time in weeks'
});

const sources = (entries: Saved<JournalEntry>[]) =>
	({
		today: '2026-11-30',
		name: 'Jo',
		entries,
		plan: new Map(),
		goals: [],
		checkins: [],
		scales: [],
		sessions: [],
		unmetNeeds: null,
		lastReview: null
	}) as ShareSources;

const summaryOf = (entries: Saved<JournalEntry>[], ids: string[], picked: string[] = ['journal']) =>
	buildSummary(sources(entries), {
		kind: 'summary',
		picked: new Set(picked),
		entries: new Set(ids),
		from: '2026-10-01',
		talkAbout: '',
		created: Date.UTC(2026, 10, 30),
		expiryDays: 14
	});

const journalOf = (entries: Saved<JournalEntry>[], ids: string[]): SummarySection => {
	const { s } = summaryOf(entries, ids);
	expect(s.map((section) => section.id)).toEqual(['journal']);
	return s[0];
};

const journalChoice = shareChoices.find((c) => c.id === 'journal')!;

describe('journal entries in a summary', () => {
	it('holds only the entries picked, oldest first, each with its heading, day and words', () => {
		const section = journalOf([kitchen, untitled, harbour], ['c', 'a']);
		expect(section.title).toBe('From my journal');
		expect(section.b).toEqual([
			{ k: 'h', t: 'Harbour' },
			{ k: 'note', t: 'Written 2 November 2026' },
			{ k: 'p', t: 'The boats came in at six.\nI stayed till dark.' },
			// Untitled: called by its first line, as the journal calls it.
			{ k: 'h', t: 'Slept eight hours' },
			{ k: 'note', t: 'Written 20 November 2026' },
			{ k: 'p', t: 'Slept eight hours\nfor the first time in weeks' }
		]);
		expect(JSON.stringify(section)).not.toContain('Kept private');
	});

	it('sits with the journey, after the parts picked before it, and is a valid summary', () => {
		const summary = summaryOf([harbour], ['a'], ['journal', 'crisis-plan']);
		expect(summary.s.map((s) => s.title)).toEqual(['From my journal']);
		expect(v.safeParse(summarySchema, summary).success).toBe(true);
	});

	it('leaves entries out unless the journal itself is picked, and is left out with none ticked', () => {
		expect(summaryOf([harbour, kitchen], ['a', 'b'], []).s).toEqual([]);
		expect(summaryOf([harbour, kitchen], []).s).toEqual([]);
		expect(summaryOf([harbour], ['not-an-entry']).s).toEqual([]);
	});

	it('offers only entries with something written, newest first, pinned ones too', () => {
		const blank = entry('d', '2026-11-25T08:00:00.000Z', { title: '  ', text: '\n ', mood: 'ok' });
		const pinned = entry('e', '2026-10-01T08:00:00.000Z', { title: 'Pinned', pinned: true });
		// Written in the same millisecond: still one order, every time.
		const twin = entry('0', harbour.createdAt, { title: 'Twin' });
		const offered = shareableEntries([pinned, harbour, blank, untitled, twin, kitchen]);
		expect(offered.map((e) => e.id)).toEqual(['c', 'b', '0', 'a', 'e']);
		expect(summaryOf([blank], ['d']).s).toEqual([]);
	});

	it('says there is nothing written when no entry has words, and something to pick otherwise', () => {
		const blank = entry('d', '2026-11-25T08:00:00.000Z');
		const has = (entries: Saved<JournalEntry>[]) =>
			hasContent(journalChoice, sources(entries), '2026-10-01', {});
		expect(has([])).toBe(false);
		expect(has([blank])).toBe(false);
		// Nothing is ticked yet, and still the choice can be made.
		expect(has([blank, harbour])).toBe(true);
	});

	it('gives a titled entry with no words its heading and day only', () => {
		const titled = entry('t', '2026-11-05T12:00:00.000Z', { title: '  Just a title ' });
		expect(journalOf([titled], ['t']).b).toEqual([
			{ k: 'h', t: 'Just a title' },
			{ k: 'note', t: 'Written 5 November 2026' }
		]);
	});

	it('keeps hostile words exactly as written, through the link and back', async () => {
		const hostile = entry('h', '2026-11-05T12:00:00.000Z', {
			title: '<script>alert(1)</script> مرحبا 🌱',
			text: '<img src=x onerror="alert(1)">Hope & <b>tea</b>\nשלום עולם 👩🏽‍🌾\n\n&amp; "quoted"'
		});
		const summary = summaryOf([hostile], ['h']);
		expect(summary.s[0].b).toEqual([
			{ k: 'h', t: '<script>alert(1)</script> مرحبا 🌱' },
			{ k: 'note', t: 'Written 5 November 2026' },
			{ k: 'p', t: hostile.data.text }
		]);
		const opened = await unpackSummary(await packSummary(summary), summary.created);
		expect(opened.s[0].b).toEqual(summary.s[0].b);
	});

	it('cuts an entry longer than a summary holds, marked with an ellipsis, and marks it as too long', () => {
		const long = entry('l', '2026-11-05T12:00:00.000Z', {
			title: 'A long night',
			text: 'word '.repeat(20_000)
		});
		expect(entryTooLong(long)).toBe(true);
		expect(entryTooLong(harbour)).toBe(false);
		const summary = summaryOf([long, harbour], ['l', 'a']);
		const words = summary.s[0].b.find((b) => b.k === 'p' && b.t.startsWith('word'));
		expect(words?.k === 'p' && words.t.length).toBe(summaryLimits.text);
		expect(words?.k === 'p' && words.t.endsWith('…')).toBe(true);
		// The entry before it is whole.
		expect(summary.s[0].b[2]).toEqual({ k: 'p', t: harbour.data.text });
		expect(v.safeParse(summarySchema, summary).success).toBe(true);
	});

	it('holds as many entries as a section can, the newest of those picked past that', () => {
		const many = Array.from({ length: maxSharedEntries + 5 }, (_, n) =>
			entry(`m${n}`, new Date(Date.UTC(2026, 0, 1) + n * 3_600_000).toISOString(), {
				title: `Entry ${n}`,
				text: `Words ${n}`
			})
		);
		const section = journalOf(
			many,
			many.map((e) => e.id)
		);
		expect(section.b.length).toBeLessThanOrEqual(summaryLimits.blocks);
		const headings = section.b.filter((b) => b.k === 'h').map((b) => b.k === 'h' && b.t);
		expect(headings).toHaveLength(maxSharedEntries);
		expect(headings[0]).toBe('Entry 5');
		expect(headings.at(-1)).toBe(`Entry ${maxSharedEntries + 4}`);
	});
});

describe('finding an entry to pick', () => {
	const cafe = entry('f', '2026-11-05T12:00:00.000Z', {
		title: 'Café with Sam',
		text: 'We talked about WORK and felt 😊 after'
	});
	const find = (query: string) => [cafe, harbour].filter(entryFilter(query)).map((e) => e.id);

	it('finds words in the title or the text, accents and capitals aside', () => {
		expect(find('cafe')).toEqual(['f']);
		expect(find('work')).toEqual(['f']);
		expect(find('boats')).toEqual(['a']);
		expect(find('😊')).toEqual(['f']);
	});

	it('needs every word, each at the start of a word, and shows everything for no words', () => {
		expect(find('cafe harbour')).toEqual([]);
		expect(find('sam work')).toEqual(['f']);
		// "oat" is inside "boats", not the start of a word.
		expect(find('oat')).toEqual([]);
		expect(find('  ')).toEqual(['f', 'a']);
	});
});
