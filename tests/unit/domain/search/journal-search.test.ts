import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldText, queryTerms } from '$lib/domain/search/fold';
import {
	buildIndex,
	contextSegments,
	searchIndex,
	titleSegments,
	type SearchDoc
} from '$lib/domain/search/journal-search';

const doc = (key: string, title: string, parts: string[], when: string): SearchDoc => ({
	key,
	kind: 'entry',
	title,
	parts,
	when,
	href: `/journal/${key}`
});

const docs = [
	doc(
		'a',
		'A walk by the river',
		['Walking helped today.', 'Felt calmer after.'],
		'2026-01-02T10:00:00Z'
	),
	doc('b', 'Café morning', ['Met Sam at the café. Talked about work.'], '2026-03-01T10:00:00Z'),
	doc('c', 'Hard day', ['The sidewalk was icy and I stayed in.'], '2025-12-01T10:00:00Z')
];

describe('folding text for search', () => {
	it('lowers case and takes accents off, one character for one', () => {
		expect(foldText('Café ÉTÉ')).toBe('cafe ete');
		// A Hangul syllable is a whole letter, not an accented first consonant.
		expect(foldText('한국')).toBe('한국');
		expect(foldText('한국')).not.toBe(foldText('해구'));
		expect(foldText('İstanbul ΣΟΦΙΑ')).toBe('istanbul σοφια');
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme' }), (text) => {
				expect(foldText(text)).toHaveLength(text.length);
			})
		);
	});

	it('splits a query into words, without repeats or words inside longer ones', () => {
		expect(queryTerms('  Walk walking, RIVER! ')).toEqual(['walking', 'river']);
		expect(queryTerms("don't")).toEqual(["don't"]);
		expect(queryTerms(' ,.; ')).toEqual([]);
	});
});

describe('searching the journal', () => {
	const index = buildIndex(docs);

	it('finds records where every word starts a word, newest first', () => {
		expect(searchIndex(index, 'walk').map((h) => h.doc.key)).toEqual(['a']);
		expect(searchIndex(index, 'cafe').map((h) => h.doc.key)).toEqual(['b']);
		expect(searchIndex(index, 'the').map((h) => h.doc.key)).toEqual(['b', 'a', 'c']);
		expect(searchIndex(index, 'walk calmer').map((h) => h.doc.key)).toEqual(['a']);
		expect(searchIndex(index, 'walk sam')).toEqual([]);
		expect(searchIndex(index, '')).toEqual([]);
	});

	it('marks the matching words in the title and in context', () => {
		const [hit] = searchIndex(index, 'walk');
		expect(titleSegments(hit)).toEqual([
			{ text: 'A ', mark: false },
			{ text: 'walk', mark: true },
			{ text: ' by the river', mark: false }
		]);
		expect(contextSegments(hit)).toEqual([
			{ text: 'Walk', mark: true },
			{ text: 'ing helped today. · Felt calmer after.', mark: false }
		]);
	});

	it('shows a few words either side of a match deep in a long text', () => {
		const long = `${'word '.repeat(200)}the river was high ${'more '.repeat(200)}`;
		const index = buildIndex([doc('l', '', [long], '2026-01-01T00:00:00Z')]);
		const segments = contextSegments(searchIndex(index, 'river')[0]);
		const shown = segments.map((s) => s.text).join('');
		expect(shown.startsWith('…')).toBe(true);
		expect(shown.endsWith('…')).toBe(true);
		expect(shown.length).toBeLessThan(220);
		expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['river']);
	});

	it('treats markup in a record as plain text', () => {
		const index = buildIndex([
			doc('x', '<b>hi</b>', ['<img src=x onerror=alert(1)> hope'], '2026-01-01T00:00:00Z')
		]);
		const [hit] = searchIndex(index, 'hope');
		expect(
			contextSegments(hit)
				.map((s) => s.text)
				.join('')
		).toBe('<img src=x onerror=alert(1)> hope');
	});
});

describe('finding emoji', () => {
	const feelings = buildIndex([
		doc('smile', 'Good day', ['Saw Jo 😊 and the dog 🐕'], '2026-02-01T10:00:00Z'),
		doc('heart', 'Thanks', ['Grateful❤ for the group'], '2026-02-02T10:00:00Z'),
		doc('thumb', 'Done', ['Finished the form 👍🏽'], '2026-02-03T10:00:00Z')
	]);
	const found = (query: string) => searchIndex(feelings, query).map((hit) => hit.doc.key);

	it('keeps emoji as terms of their own, beside words', () => {
		expect(queryTerms('happy 😊')).toEqual(['happy', '😊']);
		expect(queryTerms('❤️')).toEqual(['❤']);
		expect(queryTerms('👍🏽')).toEqual(['👍']);
	});

	it('finds an emoji anywhere, with or without its selector or skin tone', () => {
		expect(found('😊')).toEqual(['smile']);
		expect(found('❤️')).toEqual(['heart']);
		expect(found('👍')).toEqual(['thumb']);
		expect(found('👍🏻')).toEqual(['thumb']);
		expect(found('dog 🐕')).toEqual(['smile']);
		expect(found('🌧')).toEqual([]);
	});

	it('marks the emoji it found', () => {
		const [hit] = searchIndex(feelings, '😊');
		expect(contextSegments(hit).filter((s) => s.mark)).toEqual([{ text: '😊', mark: true }]);
	});
});
