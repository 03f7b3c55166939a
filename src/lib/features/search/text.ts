// Words of search: the page, its results and what each result is.
import { plural } from '$lib/domain/locale';

export const text = {
	title: 'Search my journal',
	lead: 'Finds words and emoji in everything here: entries, voice note names, my plan, goals, session notes, reviews, needs to raise and check-in notes. Searching happens on this device only.',
	label: 'Search for',
	hint: 'Type a word or two. Every word must be there.',
	opening: 'Getting my journal ready to search…',
	none: (q: string) => `Nothing found for “${q}”. Try fewer words, or the start of a word.`,
	count: (n: number) => plural(n, { one: '1 result', other: `${n} results` }),
	showMore: (n: number) => `Show ${n} more`,
	kinds: {
		entry: 'Journal entry',
		voice: 'Voice note',
		plan: 'My plan',
		goal: 'Goal',
		session: 'Session note',
		review: 'Review',
		fullReview: 'Full review',
		needs: 'Needs to raise at my next review',
		checkin: 'Check-in'
	},
	/** What a result is and when it was written, in words: "Journal entry, 3 May 2026". */
	written: (kind: string, day: string) => `${kind}, ${day}`,
	/** For what is changed over time: "My plan, last changed 3 May 2026". */
	changed: (kind: string, day: string) => `${kind}, last changed ${day}`,
	lastChanged: (day: string) => `Last changed ${day}`,
	untitled: 'Untitled entry',
	feeling: (word: string) => `Feeling ${word}`
} as const;
