import type { Checkin, Scale, ScaleSettings } from '$lib/domain/journey/checkin';
import { defaultScaleNames } from '$lib/domain/journey/default-scale-text';
import { text } from './text';

// What the check-in exports share: every check-in once, oldest first, and the scales they were
// answered on, so the CSV's columns and the Markdown's lines name the same scales.

/** Every check-in once (the latest change of one held twice, as a merged backup can bring), by
 * time, and by id where two share a moment, so an export of the same journal is the same file. */
export function checkinsInOrder(checkins: readonly Checkin[]): Checkin[] {
	const byId = new Map<string, Checkin>();
	for (const c of checkins) {
		const seen = byId.get(c.id);
		if (!seen || seen.updatedAt < c.updatedAt) byId.set(c.id, c);
	}
	const timed = Array.from(byId.values(), (c) => ({ c, ms: Date.parse(c.at) }));
	timed.sort((a, b) => a.ms - b.ms || (a.c.id < b.c.id ? -1 : a.c.id > b.c.id ? 1 : 0));
	return timed.map((t) => t.c);
}

/** A scale as an export names it; a scale no longer in the list has no known good end. */
export type ExportScale = Pick<Scale, 'id' | 'name'> & { goodEnd: Scale['goodEnd'] | null };

/**
 * The scales to show, in the person's order: every scale shown at a check-in today, a hidden one
 * only if some check-in answered it, and, last, any scale answered that is no longer in the list,
 * so no answer is left out of an export.
 */
export function scalesAnswered(
	settings: ScaleSettings,
	checkins: readonly Checkin[]
): ExportScale[] {
	const answered = new Set<string>();
	for (const c of checkins) for (const id in c.scores) answered.add(id);
	const listed = settings.scales.filter((s) => !s.hidden || answered.has(s.id));
	const known = new Set(settings.scales.map((s) => s.id));
	const gone = [...answered]
		.filter((id) => !known.has(id))
		.sort()
		.map((id): ExportScale => ({
			id,
			name:
				id in defaultScaleNames
					? defaultScaleNames[id as keyof typeof defaultScaleNames]
					: text.checkins.unlistedScale(id),
			goodEnd: null
		}));
	return [...listed, ...gone];
}
