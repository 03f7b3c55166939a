import { foldText, queryTerms, startsTerm } from './fold';

// Search over everything the person has written, on their device, over text already decrypted
// in memory. Nothing here is kept anywhere: the index is built when search opens and dropped
// when it closes (or the journal locks). Every word of the query must start a word somewhere in
// a record ("walk" finds "walking", not "sidewalk"); results come newest first.

export const searchKinds = [
	'entry',
	'voice',
	'plan',
	'goal',
	'session',
	'review',
	'needs',
	'checkin'
] as const;
export type SearchKind = (typeof searchKinds)[number];

export interface SearchDoc {
	/** Unique across the index: kind and id. */
	key: string;
	kind: SearchKind;
	title: string;
	/** What it is and when, in words, where the title does not say ("Journal entry, 3 May 2026"). */
	about?: string;
	/** False where the title is made by the app ("Check-in, 3 May"), not the person's words. */
	matchTitle?: boolean;
	/** The record's texts, each shown on its own line in a snippet. */
	parts: string[];
	/** When it was written or last changed (ISO): the order results come in. */
	when: string;
	/** Where it opens (a path inside the app). */
	href: string;
}

interface Indexed {
	doc: SearchDoc;
	title: string;
	foldedTitle: string;
	body: string;
	foldedBody: string;
}

export interface SearchIndex {
	readonly docs: readonly Indexed[];
}

export function buildIndex(docs: readonly SearchDoc[]): SearchIndex {
	const sorted = [...docs].sort((a, b) => b.when.localeCompare(a.when));
	return {
		docs: sorted.map((doc) => {
			const body = doc.parts.filter((part) => part.trim()).join('\n');
			return {
				doc,
				title: doc.title,
				foldedTitle: doc.matchTitle === false ? '' : foldText(doc.title),
				body,
				foldedBody: foldText(body)
			};
		})
	};
}

/** The first place `term` starts a word in `folded`, or -1. */
function findWord(folded: string, term: string, from = 0): number {
	let at = folded.indexOf(term, from);
	while (at !== -1 && !startsTerm(folded, at, term)) at = folded.indexOf(term, at + 1);
	return at;
}

export interface SearchHit {
	readonly doc: SearchDoc;
	/** Held for drawing the hit's words in context, only for the results shown. */
	readonly indexed: Indexed;
	readonly terms: readonly string[];
}

/** Every record holding each word of the query, newest first. An empty query finds nothing. */
export function searchIndex(index: SearchIndex, query: string): SearchHit[] {
	const terms = queryTerms(query);
	if (terms.length === 0) return [];
	const hits: SearchHit[] = [];
	for (const indexed of index.docs) {
		const all = terms.every(
			(term) =>
				findWord(indexed.foldedTitle, term) !== -1 || findWord(indexed.foldedBody, term) !== -1
		);
		if (all) hits.push({ doc: indexed.doc, indexed, terms });
	}
	return hits;
}

/** A piece of shown text, marked where it matches the query. */
export interface Segment {
	text: string;
	mark: boolean;
}

/** `text` split into marked and plain pieces at each place a term starts a word. */
function marked(text: string, folded: string, terms: readonly string[]): Segment[] {
	const spans: [number, number][] = [];
	for (const term of terms)
		for (let at = findWord(folded, term); at !== -1; at = findWord(folded, term, at + term.length))
			spans.push([at, at + term.length]);
	spans.sort((a, b) => a[0] - b[0]);
	const segments: Segment[] = [];
	let pos = 0;
	for (const [start, end] of spans) {
		if (start < pos) continue;
		if (start > pos) segments.push({ text: text.slice(pos, start), mark: false });
		segments.push({ text: text.slice(start, end), mark: true });
		pos = end;
	}
	if (pos < text.length) segments.push({ text: text.slice(pos), mark: false });
	return segments;
}

// One line: a line break between paragraphs or parts shows as a dot.
const collapse = (segments: Segment[]) =>
	segments.map((s) => ({ ...s, text: s.text.replace(/\s*\n\s*/g, ' · ').replace(/\s+/g, ' ') }));

/** The title, marked where it matches. */
export function titleSegments(hit: SearchHit): Segment[] {
	const { title, foldedTitle } = hit.indexed;
	if (hit.doc.matchTitle === false) return [{ text: title, mark: false }];
	return collapse(marked(title, foldedTitle, hit.terms));
}

/**
 * A few words either side of the first match in the body (or its opening, when only the title
 * matched), cut at word ends, with every match inside marked and "…" where text was left out.
 */
export function contextSegments(hit: SearchHit, around = 60): Segment[] {
	const { body, foldedBody } = hit.indexed;
	if (!body) return [];
	const places = hit.terms.map((term) => findWord(foldedBody, term)).filter((at) => at !== -1);
	const first = places.length ? Math.min(...places) : 0;
	let start = Math.max(0, first - around);
	let end = Math.min(body.length, first + around * 2);
	// Whole words only: move out to the nearest space, not past the window by much.
	if (start > 0) {
		const space = body.lastIndexOf(' ', start);
		start = space !== -1 && start - space < 20 ? space + 1 : start;
	}
	if (end < body.length) {
		const space = body.indexOf(' ', end);
		end = space !== -1 && space - end < 20 ? space : end;
	}
	const segments = marked(body.slice(start, end), foldedBody.slice(start, end), hit.terms);
	if (start > 0) segments.unshift({ text: '…', mark: false });
	if (end < body.length) segments.push({ text: '…', mark: false });
	return collapse(segments);
}
