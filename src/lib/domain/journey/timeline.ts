import type { Checkin } from './checkin';
import { dayOf } from './days';
import type { Goal } from './goal';
import type { JourneyEntry } from './goal-journey';
import type { Review } from './review';
import type { SessionNote } from './session-note';

// One timeline of the journey: goals begun, progress, setbacks, check-ins, sessions and reviews,
// newest first, each kind filterable. Days (a session's) sit at midday of that day, so they fall
// among the moments (a check-in's) of the same day.

export const timelineKinds = [
	'goal',
	'progress',
	'setback',
	'checkin',
	'session',
	'review'
] as const;
export type TimelineKind = (typeof timelineKinds)[number];

export interface TimelineItem {
	kind: TimelineKind;
	/** Unique across the timeline. */
	key: string;
	/** Milliseconds since 1970, for ordering. */
	time: number;
	/** The calendar day, for what happened on a day rather than at a moment. */
	day: string | null;
	/** The record to open: a goal (for goals, progress and setbacks), a check-in, a note, a review. */
	id: string;
	title: string;
	detail: string;
}

export interface TimelineSources {
	goals: { goal: { id: string; createdAt: string; data: Goal }; journey: JourneyEntry[] }[];
	checkins: Checkin[];
	sessions: { id: string; data: SessionNote }[];
	reviews: { id: string; data: Review }[];
}

const midday = (day: string) => {
	const [y, m, d] = day.split('-').map(Number);
	return new Date(y, m - 1, d, 12).getTime();
};
const firstLine = (text: string) => text.trim().split('\n', 1)[0] ?? '';

export function buildTimeline(sources: TimelineSources): TimelineItem[] {
	const items: TimelineItem[] = [];
	for (const { goal, journey } of sources.goals) {
		const title = goal.data.title.trim();
		items.push({
			kind: 'goal',
			key: `g${goal.id}`,
			time: Date.parse(goal.createdAt),
			day: null,
			id: goal.id,
			title,
			detail: ''
		});
		for (const entry of journey)
			items.push({
				kind: entry.type,
				key: `j${entry.id}`,
				// Written on the day it is about: at that moment, so a day's entries keep their order.
				time: dayOf(new Date(entry.at)) === entry.on ? Date.parse(entry.at) : midday(entry.on),
				day: entry.on,
				id: goal.id,
				title,
				detail: entry.type === 'progress' ? String(entry.scale) : firstLine(entry.happened)
			});
	}
	for (const checkin of sources.checkins)
		items.push({
			kind: 'checkin',
			key: `c${checkin.id}`,
			time: Date.parse(checkin.at),
			day: null,
			id: checkin.id,
			title: '',
			detail: firstLine(checkin.note)
		});
	for (const { id, data } of sources.sessions)
		items.push({
			kind: 'session',
			key: `s${id}`,
			time: midday(data.date),
			day: data.date,
			id,
			title: data.who.trim(),
			detail: firstLine(data.agreed)
		});
	for (const { id, data } of sources.reviews)
		items.push({
			kind: 'review',
			key: `r${id}`,
			time: midday(data.date),
			day: data.date,
			id,
			title: data.full ? 'full' : '',
			detail: firstLine(data.wentWell)
		});
	return items.sort((a, b) => b.time - a.time);
}

/** The items of the kinds shown, newest first, up to `limit`, and whether there are more. */
export function timelinePage(items: TimelineItem[], shown: readonly TimelineKind[], limit: number) {
	const wanted = items.filter((item) => shown.includes(item.kind));
	return { items: wanted.slice(0, limit), more: wanted.length > limit, total: wanted.length };
}
