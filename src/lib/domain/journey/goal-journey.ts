import * as v from 'valibot';
import { textLimits } from '$lib/domain/text-limits';
import { daySchema } from './days';
import { defineGatheredKind, entryBase, type Gathered, type GatheredKind } from './gathered';

// How a goal is going over time: progress updates (a 0-10 scale and a note) and setbacks (what
// happened, what helped, what got in the way, what I learnt). A setback is recorded beside the
// progress, never instead of it: nothing earlier is changed or hidden by one.

export const journeyLimits = { text: textLimits.text } as const;
const text = v.optional(v.pipe(v.string(), v.maxLength(journeyLimits.text)), '');
export const progressScale = { min: 0, max: 10 } as const;

const scale = v.pipe(
	v.number(),
	v.integer(),
	v.minValue(progressScale.min),
	v.maxValue(progressScale.max)
);

export const progressUpdateSchema = v.object({
	...entryBase,
	type: v.literal('progress'),
	/** The day it refers to, as the person chose it. */
	on: daySchema,
	scale,
	note: text
});

export const setbackSchema = v.object({
	...entryBase,
	type: v.literal('setback'),
	on: daySchema,
	happened: text,
	helped: text,
	gotInWay: text,
	learnt: text
});

export const journeyEntrySchema = v.variant('type', [progressUpdateSchema, setbackSchema]);

export type ProgressUpdate = v.InferOutput<typeof progressUpdateSchema>;
export type Setback = v.InferOutput<typeof setbackSchema>;
export type JourneyEntry = ProgressUpdate | Setback;

export type GoalJourney = Gathered<JourneyEntry>;

/** Each goal's journey is one record of its own kind, found without opening any other goal's. */
export function goalJourneyKind(goalId: string): GatheredKind<JourneyEntry> {
	return defineGatheredKind(`goal-journey:${goalId}`, journeyEntrySchema, 'goal-journey');
}

/** Entries in the order they happened: by day, then by when they were written. */
export function inJourneyOrder<E extends JourneyEntry>(entries: E[]): E[] {
	return entries.toSorted((a, b) => a.on.localeCompare(b.on) || a.at.localeCompare(b.at));
}

export interface JourneySummary {
	/** The latest progress the person gave, or null before any. */
	current: number | null;
	/** The furthest the goal has come: a setback never takes this away. */
	furthest: number | null;
	updates: number;
	setbacks: number;
	lastOn: string | null;
}

export function summariseJourney(entries: JourneyEntry[]): JourneySummary {
	const ordered = inJourneyOrder(entries);
	const progress = ordered.filter((e): e is ProgressUpdate => e.type === 'progress');
	return {
		current: progress.at(-1)?.scale ?? null,
		furthest: progress.length ? Math.max(...progress.map((p) => p.scale)) : null,
		updates: progress.length,
		setbacks: ordered.length - progress.length,
		lastOn: ordered.at(-1)?.on ?? null
	};
}

/** The progress line a chart draws, with each setback placed on it at the level of its day. */
export function progressSeries(entries: JourneyEntry[]): {
	points: { on: string; scale: number }[];
	setbacks: { on: string; scale: number | null; entry: Setback }[];
} {
	const ordered = inJourneyOrder(entries);
	const points: { on: string; scale: number }[] = [];
	const setbacks: { on: string; scale: number | null; entry: Setback }[] = [];
	for (const entry of ordered) {
		if (entry.type === 'progress') points.push({ on: entry.on, scale: entry.scale });
		else setbacks.push({ on: entry.on, scale: points.at(-1)?.scale ?? null, entry });
	}
	return { points, setbacks };
}
