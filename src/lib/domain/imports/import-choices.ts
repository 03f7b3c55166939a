import { shownScales, type ScaleSettings } from '$lib/domain/journey/checkin';
import { ImportScaleMissingError, ImportScaleTwiceError } from './errors';
import type { Goodness, ParsedImport, RatingKey } from './imported-day';

// What the person decides before an import: which of their scales each rating of the file
// goes to (a rating sent nowhere is kept as words in the check-in's note), and, for Daylio,
// the place of each mood word it cannot know (a mood the person renamed or added).

export interface ImportChoices {
	/** The scale id each rating goes to; a rating left out is kept as words. */
	scales: Partial<Record<RatingKey, string>>;
	/**
	 * Daylio: each mood word's place, 1 (hardest) to 5 (best), or null to keep it only as a word;
	 * keyed by moodKey(word). A word left out keeps Daylio's own place for it, if it has one.
	 */
	moodLevels?: Record<string, Goodness | null>;
}

/** The rating keys a file holds, Daylio's mood counted as "mood". */
export function ratingsIn(parsed: ParsedImport): RatingKey[] {
	const keys = new Set<RatingKey>();
	for (const day of parsed.days) {
		if (day.mood) keys.add('mood');
		for (const rating of day.ratings) keys.add(rating.key);
	}
	return [...keys];
}

/** Where a rating would go without asking: the shown scale of the same meaning, if there is one. */
const likelyScale: Partial<Record<RatingKey, string>> = { mood: 'mood', 'sleep-quality': 'sleep' };

/** Choices to start the screen from: mood to the person's mood scale, sleep quality to sleep. */
export function suggestedChoices(parsed: ParsedImport, settings: ScaleSettings): ImportChoices {
	const shown = new Set(shownScales(settings).map((scale) => scale.id));
	const scales: ImportChoices['scales'] = {};
	for (const key of ratingsIn(parsed)) {
		const id = likelyScale[key];
		if (id && shown.has(id)) scales[key] = id;
	}
	return { scales, moodLevels: {} };
}

/** The person's scales by id, once every scale chosen is checked to exist and to be chosen once. */
export function chosenScales(choices: ImportChoices, settings: ScaleSettings) {
	const byId = new Map(settings.scales.map((scale) => [scale.id, scale]));
	const used = new Set<string>();
	for (const id of Object.values(choices.scales)) {
		if (id === undefined) continue;
		if (!byId.has(id)) throw new ImportScaleMissingError(id);
		if (used.has(id)) throw new ImportScaleTwiceError(id);
		used.add(id);
	}
	return byId;
}

/** The key a mood word is chosen by: the same word in any case, without spaces around it. */
export function moodKey(word: string): string {
	return word.trim().toLowerCase();
}
