import type { TimelineSources } from '$lib/domain/journey/timeline';
import type { SearchKind } from '$lib/domain/search/journal-search';

// Every kind of record the journal holds, by its name (a family, such as each year's check-ins,
// by the name before its colon), and what it offers to search, sharing and the timeline. A new
// kind is one entry here. Search, sharing and the timeline each load what is offered through a
// map keyed by these offers, so an offer nobody loads, or a part nobody offers, fails to compile;
// tests/unit/features/records/kind-offers.test.ts fails if a kind is missing here.

/** What of a summary's sources a kind fills (lib/features/sharing/share-sources.ts). */
export type SharePart =
	'entries' | 'plan' | 'goals' | 'checkins' | 'scales' | 'sessions' | 'unmetNeeds';

export interface KindOffers {
	/** The kind of search result its records make. */
	search?: SearchKind;
	/** The part of a summary's sources it fills. */
	share?: SharePart;
	/** The part of the timeline it fills. */
	timeline?: keyof TimelineSources;
}

export const kindOffers = {
	// Shared one by one: the person picks which entries go in.
	'journal-entry': { search: 'entry', share: 'entries' },
	'voice-note': { search: 'voice' },
	// A voice note's audio: found through its note.
	'voice-chunk': {},
	'journal-settings': {},
	// Every section of the plan, each a kind of its own.
	plan: { search: 'plan', share: 'plan' },
	// A goal comes with its journey (progress and setbacks) wherever it is offered.
	goal: { search: 'goal', share: 'goals', timeline: 'goals' },
	'goal-journey': {},
	'session-note': { search: 'session', share: 'sessions', timeline: 'sessions' },
	// A summary reads the last review's day too, as where "since my last review" starts.
	review: { search: 'review', timeline: 'reviews' },
	'review-settings': {},
	'unmet-needs': { search: 'needs', share: 'unmetNeeds' },
	checkins: { search: 'checkin', share: 'checkins', timeline: 'checkins' },
	'checkin-scales': { share: 'scales' },
	'recovery-check': {},
	'share-log': {},
	// Files brought in from other apps, so one is never brought in twice.
	'import-log': {},
	// Which gentle words home has said, so each is said once.
	'nudges-seen': {}
} as const satisfies Record<string, KindOffers>;

export type KindName = keyof typeof kindOffers;

/** Everything offered to one reader (search, sharing, the timeline) by some kind. */
export type Offered<To extends keyof KindOffers> = {
	[K in KindName]: (typeof kindOffers)[K] extends { readonly [P in To]: infer O } ? O : never;
}[KindName];

/** What the kinds offer to one reader, each once, in the order the kinds are listed (search
 * results of the same time come in this order). */
export function offeredTo<To extends keyof KindOffers>(to: To): Offered<To>[] {
	const offers = Object.values(kindOffers).map((offers: KindOffers) => offers[to]);
	return [...new Set(offers.filter((offer) => offer !== undefined))] as Offered<To>[];
}
