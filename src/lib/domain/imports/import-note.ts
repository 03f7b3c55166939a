import type { ImportedFact, RatingKey } from './imported-day';

// The words an import writes into a check-in's note for what has no place of its own: a rating
// sent to no scale, hours slept, medications. The sentences are the feature's (my-data's
// import-text.ts) so they can be translated; this only puts them together.

export interface ImportNoteWords {
	/** A rating kept as words: "Anxiety: 2 (0 to 3)". */
	rating: (key: RatingKey, value: number, min: number, max: number) => string;
	sleepHours: (hours: number) => string;
	medications: (text: string) => string;
	flag: (flag: 'psychotic-symptoms' | 'therapy') => string;
	/** Something the other app named itself: a Daylio scale, a Bearable measurement. */
	named: (name: string, value: string) => string;
	/** The title of one part of a note too long for one journal entry. */
	part: (title: string, part: number, parts: number) => string;
}

/** What each fact says, as lines of the note, in the file's order. */
export function factLines(facts: readonly ImportedFact[], words: ImportNoteWords): string[] {
	return facts.map((fact) => {
		if (fact.kind === 'sleep-hours') return words.sleepHours(fact.hours);
		if (fact.kind === 'medications') return words.medications(fact.text);
		if (fact.kind === 'flag') return words.flag(fact.flag);
		return words.named(fact.name, fact.value);
	});
}

/**
 * Text cut into pieces of at most `limit` characters that join back to exactly the text: cut
 * after a line break where one is near the end of a piece, else after a space, never inside a
 * character written as two code units (an emoji, say).
 */
export function splitText(text: string, limit: number): string[] {
	const pieces: string[] = [];
	let rest = text;
	while (rest.length > limit) {
		let cut = rest.lastIndexOf('\n', limit - 1) + 1;
		if (cut < limit * 0.8) cut = rest.lastIndexOf(' ', limit - 1) + 1;
		if (cut < limit * 0.8) cut = limit;
		const code = rest.charCodeAt(cut - 1);
		if (code >= 0xd800 && code <= 0xdbff) cut--;
		pieces.push(rest.slice(0, cut));
		rest = rest.slice(cut);
	}
	pieces.push(rest);
	return pieces;
}

/** Text cut to `limit` characters with an ellipsis, never inside a character. */
export function shortened(text: string, limit: number): string {
	if (text.length <= limit) return text;
	let cut = limit - 1;
	const code = text.charCodeAt(cut - 1);
	if (code >= 0xd800 && code <= 0xdbff) cut--;
	return `${text.slice(0, cut).trimEnd()}…`;
}
