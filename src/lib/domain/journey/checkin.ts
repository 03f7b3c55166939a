import * as v from 'valibot';
import { textLimits } from '$lib/domain/text-limits';
import { defineSingleKind } from '$lib/domain/record-kind';
import {
	defineGatheredKind,
	entryBase,
	entryId,
	type Gathered,
	type GatheredKind
} from './gathered';
import { wrapStages } from './wrap-stage';
import { defaultScaleNames } from './default-scale-text';

// A check-in between sessions (plan-content.md section 5): a few scales, signs ticked from the
// person's own WRAP lists, what helped, a short note. Quick to make, several a day if wanted.
// A year's check-ins are gathered into one record, so years of them open in a few reads.

export const checkinLimits = { text: textLimits.text, scales: 20, ticks: 100, name: 60 } as const;
/** Each scale is answered 1 (low) to 5 (good): five big buttons, one thumb. */
export const scorePoints = [1, 2, 3, 4, 5] as const;

const text = v.optional(v.pipe(v.string(), v.maxLength(checkinLimits.text)), '');
const score = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5));

export const tickSchema = v.object({
	stage: v.picklist(wrapStages),
	/** The plan item ticked; its words are kept too, so the check-in reads the same if it changes. */
	item: entryId,
	text: v.pipe(v.string(), v.maxLength(textLimits.item))
});

export const checkinSchema = v.object({
	...entryBase,
	scores: v.pipe(
		v.record(entryId, score),
		v.check((s) => Object.keys(s).length <= checkinLimits.scales)
	),
	ticked: v.optional(v.pipe(v.array(tickSchema), v.maxLength(checkinLimits.ticks)), []),
	helped: text,
	note: text
});

export type Checkin = v.InferOutput<typeof checkinSchema>;
export type Tick = v.InferOutput<typeof tickSchema>;
export type CheckinYear = Gathered<Checkin>;

/** The year a check-in is kept under (by its UTC time, so it never moves with the time zone). */
export function checkinYear(at: string): number {
	return Number(at.slice(0, 4));
}

export function checkinsKind(year: number): GatheredKind<Checkin> {
	return defineGatheredKind(`checkins:${year}`, checkinSchema, 'checkins');
}

/** Every year a check-in could be kept under, from 2000 (or a later first year) to next year. */
export function checkinKindsUntil(now: Date, firstYear = 2000): GatheredKind<Checkin>[] {
	return checkinYearsUntil(now, firstYear).map(checkinsKind);
}

export function checkinYearsUntil(now: Date, firstYear = 2000): number[] {
	const last = now.getUTCFullYear() + 1;
	return Array.from({ length: last - firstYear + 1 }, (_, n) => firstYear + n);
}

// The scales a person checks in with: the defaults, renamed, hidden, put in order, or their own.

const endWords = v.optional(v.pipe(v.string(), v.trim(), v.maxLength(checkinLimits.name)), '');

export const scaleSchema = v.object({
	id: entryId,
	name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(checkinLimits.name)),
	hidden: v.optional(v.boolean(), false),
	/** The good end: 5 unless the person says 1 ("1 is calm, 5 is very anxious"). */
	goodEnd: v.optional(v.picklist([1, 5]), 5),
	/** The person's own words for each end, shown with the scale; empty for the usual words. */
	lowWords: endWords,
	highWords: endWords
});

export const scaleSettingsSchema = v.object({
	scales: v.pipe(v.array(scaleSchema), v.minLength(1), v.maxLength(checkinLimits.scales))
});

export type Scale = v.InferOutput<typeof scaleSchema>;
export type ScaleSettings = v.InferOutput<typeof scaleSettingsSchema>;

export const scaleSettingsKind = defineSingleKind<ScaleSettings>(
	'checkin-scales',
	scaleSettingsSchema
);

const usual = { hidden: false, goodEnd: 5, lowWords: '', highWords: '' } as const;

export const defaultScales: ScaleSettings = {
	scales: [
		{ id: 'mood', name: defaultScaleNames.mood, ...usual },
		{ id: 'sleep', name: defaultScaleNames.sleep, ...usual },
		{ id: 'hope', name: defaultScaleNames.hope, ...usual },
		{ id: 'connection', name: defaultScaleNames.connection, ...usual }
	]
};

/** A new scale of the person's own, good at 5 until they say otherwise. */
export function newScale(id: string): Scale {
	return { id, name: '', ...usual };
}

/**
 * How good an answer is, 1 (hardest) to 5 (best), whichever end the scale counts as good: what
 * charts draw and trends are judged by, so "up" and "better" mean the same on every scale.
 */
export function goodness(scale: Pick<Scale, 'goodEnd'>, answer: number): number {
	return scale.goodEnd === 1 ? 6 - answer : answer;
}

/** Whether a series of answers moved towards the scale's good end, away from it, or neither. */
export function trendOf(
	scale: Pick<Scale, 'goodEnd'>,
	first: number,
	second: number
): 'better' | 'harder' | 'steady' {
	const change = goodness(scale, second) - goodness(scale, first);
	return Math.abs(change) < 0.25 ? 'steady' : change > 0 ? 'better' : 'harder';
}

/** The scales shown when checking in, in the person's order. */
export function shownScales(settings: ScaleSettings): Scale[] {
	return settings.scales.filter((s) => !s.hidden);
}
