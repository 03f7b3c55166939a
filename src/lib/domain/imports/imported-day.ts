// What every importer turns another app's rows into, before any choice is made: a neutral
// record of one moment, kept close to what the file said. import-plan.ts turns these, with the
// person's choices, into exactly what Waymark would write.

export const importApps = ['daylio', 'emoods', 'bearable'] as const;
export type ImportApp = (typeof importApps)[number];

/** 1 is the hardest, 5 the best, whatever the source app counted. */
export type Goodness = 1 | 2 | 3 | 4 | 5;

/**
 * A rating the person gave in the other app. Keys are the ratings Waymark can map to one of the
 * person's scales; which ones a file holds depends on the app.
 */
export const ratingKeys = [
	'mood',
	'energy',
	'sleep-quality',
	'depressed',
	'elevated',
	'irritability',
	'anxiety'
] as const;
export type RatingKey = (typeof ratingKeys)[number];

export interface ImportedRating {
	key: RatingKey;
	/** As written in the file (eMoods' 0 to 3, Bearable's 0 to 10, Daylio's place 1 to 5). */
	value: number;
	/** The lowest and highest the file's scale can hold, for saying the value in words. */
	min: number;
	max: number;
	/** How good it is, 1 to 5: what a Waymark scale is given, turned by its good end. */
	goodness: Goodness;
}

/** Something recorded that is not a rating on a scale: kept as words in the note. */
export type ImportedFact =
	/** The other app's own name for it: a Daylio scale, a Bearable measurement, an eMoods column. */
	| { kind: 'named'; name: string; value: string }
	| { kind: 'sleep-hours'; hours: number }
	| { kind: 'medications'; text: string }
	| { kind: 'flag'; flag: 'psychotic-symptoms' | 'therapy' };

/** A Daylio mood: its word, and its place 1 to 5 when the word is one of Daylio's own. */
export interface ImportedMood {
	word: string;
	level: Goodness | null;
}

export interface ImportedDay {
	/** The line of the file it starts on (the header is line 1): part of its id, and shown. */
	line: number;
	/** The person's calendar day and clock time as the file has them: no time zone. */
	day: string;
	time: string;
	/** False when the file gave no clock time and `time` is a stand-in (noon, or a part of the day). */
	timeKnown: boolean;
	/** The moment, read in the person's time zone, as an ISO instant in UTC. */
	at: string;
	/** Set when the clock time fell in a daylight-saving gap or overlap (local-time.ts). */
	clockChange?: 'gap' | 'overlap';
	mood: ImportedMood | null;
	ratings: ImportedRating[];
	facts: ImportedFact[];
	/** Daylio's activities, Bearable's factors and symptoms: the other app's own words. */
	tags: string[];
	title: string;
	text: string;
}

/**
 * The first day an imported row may have: check-ins are kept by year and the journal reads
 * years from 2000 on (checkinKindsUntil), so an earlier one would be written and never shown.
 */
export const firstDay = '2000-01-01';

/** Why a row of the file was not read into a day. */
export const skipReasons = ['date', 'columns', 'empty', 'too-early', 'future'] as const;
export type SkipReason = (typeof skipReasons)[number];

export interface SkippedRow {
	line: number;
	reason: SkipReason;
}

/** Something true of the whole file that the person should know before importing. */
export type ImportWarning =
	/** Dates like 03/04/2024 with no day over 12: read as month first, as eMoods (US) writes. */
	'dates-month-first';

export interface ParsedImport {
	app: ImportApp;
	days: ImportedDay[];
	skipped: SkippedRow[];
	warnings: ImportWarning[];
}
