import { resolve } from '$app/paths';
import { entryHeading, journalEntryKind } from '$lib/domain/journal/journal-entry';
import { voiceNoteKind } from '$lib/domain/journal/voice-note';
import type { JourneyEntry } from '$lib/domain/journey/goal-journey';
import { reviewKind } from '$lib/domain/journey/review';
import { sessionNoteKind } from '$lib/domain/journey/session-note';
import { unmetNeedsKind } from '$lib/domain/journey/unmet-needs';
import type { SearchDoc } from '$lib/domain/search/journal-search';
import { locale } from '$lib/domain/locale';
import { loadCheckins } from '$lib/features/records/checkin-store';
import { loadGoals } from '$lib/features/records/goal-store';
import { offeredTo, type Offered } from '$lib/features/records/kind-offers';
import { loadPlan } from '$lib/features/records/plan-records';
import { sectionText } from '$lib/features/records/section-text';
import { formatCalendarDay, formatDay } from '$lib/ui/format-date';
import { vault } from '$lib/vault';
import type { Reader } from '$lib/vault/repository';
import { text } from './text';

// Everything the person has written, read and decrypted once as search opens, as plain
// documents for the search index (lib/domain/search). Held in memory only while search is open.

// Keys that hold ids, dates and choices rather than the person's words.
const notWords = new Set([
	'id',
	'at',
	'updatedAt',
	'createdAt',
	'kind',
	'stage',
	'item',
	'status',
	'date',
	'targetDate',
	'nextDate',
	'witnessedOn'
]);

/** Every string the person wrote in a record's data, in order. */
export function wordsIn(value: unknown, out: string[] = []): string[] {
	if (typeof value === 'string') {
		if (value.trim()) out.push(value);
	} else if (Array.isArray(value)) {
		for (const item of value) wordsIn(item, out);
	} else if (value && typeof value === 'object') {
		for (const [key, inner] of Object.entries(value)) if (!notWords.has(key)) wordsIn(inner, out);
	}
	return out;
}

const t = text;
const k = t.kinds;
// One formatter for thousands of check-ins: making one per call costs more than the search.
const moment = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });

async function entryDocs(records: Reader): Promise<SearchDoc[]> {
	const { records: entries } = await records.listReadable(journalEntryKind);
	return entries.map((entry) => ({
		key: `entry:${entry.id}`,
		kind: 'entry',
		title: entryHeading(entry.data) || text.untitled,
		about: t.written(k.entry, formatDay(entry.createdAt)),
		parts: [entry.data.text, entry.data.mood.trim() ? text.feeling(entry.data.mood.trim()) : ''],
		when: entry.createdAt,
		href: resolve('/(app)/journal/[id]', { id: entry.id })
	}));
}

async function voiceDocs(records: Reader): Promise<SearchDoc[]> {
	const { records: notes } = await records.listReadable(voiceNoteKind);
	return notes.map((note) => {
		const entry = note.data.links.find((l) => l.to === 'entry');
		const goal = note.data.links.find((l) => l.to === 'goal');
		const plan = note.data.links.find((l) => l.to === 'plan');
		const href = entry
			? resolve('/(app)/journal/[id]', { id: entry.id })
			: goal
				? resolve('/(app)/goals/[id]', { id: goal.id })
				: plan
					? resolve('/(app)/plan/[section]', { section: plan.id })
					: resolve('/journal');
		return {
			key: `voice:${note.id}`,
			kind: 'voice',
			title: note.data.name || k.voice,
			about: t.written(k.voice, formatDay(note.data.recordedAt)),
			parts: [],
			when: note.data.recordedAt,
			href
		};
	});
}

async function planDocs(records: Reader): Promise<SearchDoc[]> {
	const plan = await loadPlan(records);
	return [...plan].map(([id, saved]) => ({
		key: `plan:${id}`,
		kind: 'plan',
		title: sectionText[id].title,
		about: t.changed(k.plan, formatDay(saved.updatedAt)),
		parts: wordsIn(saved.data),
		when: saved.updatedAt,
		href: resolve('/(app)/plan/[section]', { section: id })
	}));
}

/** The person's words in a step of a goal's journey: never its type or its day. */
function journeyWords(entry: JourneyEntry): string[] {
	const texts =
		entry.type === 'progress'
			? [entry.note]
			: [entry.happened, entry.helped, entry.gotInWay, entry.learnt];
	return texts.filter((t) => t.trim());
}

async function goalDocs(records: Reader): Promise<SearchDoc[]> {
	const goals = await loadGoals(records);
	return goals.map(({ goal, journey }) => ({
		key: `goal:${goal.id}`,
		kind: 'goal',
		title: goal.data.title || k.goal,
		about: t.changed(k.goal, formatDay(goal.updatedAt)),
		parts: [...wordsIn({ ...goal.data, title: '' }), ...journey.flatMap(journeyWords)],
		when: goal.updatedAt,
		href: resolve('/(app)/goals/[id]', { id: goal.id })
	}));
}

async function sessionDocs(records: Reader): Promise<SearchDoc[]> {
	const { records: notes } = await records.listReadable(sessionNoteKind);
	return notes.map((note) => ({
		key: `session:${note.id}`,
		kind: 'session',
		title: `${k.session}, ${formatCalendarDay(note.data.date)}`,
		matchTitle: false,
		parts: [note.data.who, note.data.talkedAbout, note.data.agreed],
		when: `${note.data.date}T12:00:00.000Z`,
		href: resolve('/(app)/sessions/[id]', { id: note.id })
	}));
}

async function reviewDocs(records: Reader): Promise<SearchDoc[]> {
	const { records: reviews } = await records.listReadable(reviewKind);
	return reviews.map((review) => ({
		key: `review:${review.id}`,
		kind: 'review',
		title: `${review.data.full ? k.fullReview : k.review}, ${formatCalendarDay(review.data.date)}`,
		matchTitle: false,
		parts: [review.data.wentWell, review.data.needsChanged, review.data.planChanges],
		when: `${review.data.date}T12:00:00.000Z`,
		href: resolve('/(app)/reviews/[id]', { id: review.id })
	}));
}

async function needsDocs(records: Reader): Promise<SearchDoc[]> {
	const saved = await records.single(unmetNeedsKind);
	if (!saved) return [];
	return [
		{
			key: 'needs',
			kind: 'needs',
			title: k.needs,
			about: t.lastChanged(formatDay(saved.updatedAt)),
			matchTitle: false,
			parts: wordsIn(saved.data),
			when: saved.updatedAt,
			href: resolve('/reviews/needs')
		}
	];
}

async function checkinDocs(records: Reader): Promise<SearchDoc[]> {
	const checkins = await loadCheckins(new Date(), undefined, records);
	return checkins
		.filter((c) => c.note.trim() || c.helped.trim())
		.map((c) => ({
			key: `checkin:${c.id}`,
			kind: 'checkin',
			title: `${k.checkin}, ${moment.format(new Date(c.at))}`,
			matchTitle: false,
			parts: [c.helped, c.note],
			when: c.at,
			href: resolve('/(app)/checkin/[id]', { id: c.id })
		}));
}

/** The documents of each kind of search result that a kind of record offers (kind-offers.ts). */
const docsOf = {
	entry: entryDocs,
	voice: voiceDocs,
	plan: planDocs,
	goal: goalDocs,
	session: sessionDocs,
	review: reviewDocs,
	needs: needsDocs,
	checkin: checkinDocs
} satisfies Record<Offered<'search'>, (records: Reader) => Promise<SearchDoc[]>>;

/** Every record with words in it, from every part of the journal. */
export async function loadSearchDocs(records: Reader = vault.records): Promise<SearchDoc[]> {
	const groups = await Promise.all(offeredTo('search').map((kind) => docsOf[kind](records)));
	return groups.flat();
}
