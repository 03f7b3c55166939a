import { checked } from '$lib/domain/checked';
import type { JournalEntry } from '$lib/domain/journal/journal-entry';
import {
	checkinLimits,
	checkinSchema,
	type Checkin,
	type Scale,
	type ScaleSettings
} from '$lib/domain/journey/checkin';
import { chosenScales, moodKey, type ImportChoices } from './import-choices';
import { checkedFingerprint, importCheckinId } from './import-ids';
import { factLines, splitText, type ImportNoteWords } from './import-note';
import { entriesFor } from './import-entries';
import type {
	Goodness,
	ImportApp,
	ImportedDay,
	ImportWarning,
	ParsedImport,
	SkippedRow
} from './imported-day';

// Exactly what an import would write, from the days read and the person's choices: check-ins
// and journal entries, each checked against its schema here, so the screen shows what will be
// saved and the one transaction that saves it has nothing left to decide.
//
// - A rating goes to the scale chosen for it, turned by that scale's good end (a scale where 1
//   is good gets 6 minus the goodness); a rating sent nowhere is kept as words in the note.
// - Daylio's mood goes to the scale chosen for mood at its place (rad 5 … awful 1, or the place
//   the person gave a word of their own). Daylio's own mood names are not repeated in the note
//   once scored; a word of the person's own always is, as it says more than its place.
// - Activities, factors and symptoms are kept as the other app's words on the note's first
//   line, never put under "What helped": they mix what helped with what did not ("bad sleep",
//   "stressed"), and Waymark will not say for the person which was which.
// - A note with a title, or longer than longNote, becomes a journal entry at the same moment
//   (import-entries.ts), so the check-in stays short; a shorter one stays in the check-in.
// - Rows dated after the import (with a day and a half's grace for time zones) are skipped.

/** Longer than this, a note is writing rather than a check-in's few words. */
export const longNote = 500;
const futureGrace = 36 * 60 * 60 * 1000;

export interface PlannedEntry {
	id: string;
	/** When it was written in the other app: the journal orders entries by it. */
	createdAt: string;
	updatedAt: string;
	data: JournalEntry;
}

export interface PlannedRow {
	line: number;
	day: string;
	time: string;
	timeKnown: boolean;
	checkin: Checkin | null;
	entries: PlannedEntry[];
}

/** What the preview says about single rows: times stood in or moved, text cut or split. */
export const rowNoteKinds = [
	'time-stand-in',
	'clock-gap',
	'clock-overlap',
	'mood-unplaced',
	'title-shortened',
	'note-split',
	'mood-word-long'
] as const;
export type RowNoteKind = (typeof rowNoteKinds)[number];

export interface RowNote {
	line: number;
	kind: RowNoteKind;
}

/** A Daylio mood word as the file has it, how often, and the place it will be given. */
export interface MoodWord {
	word: string;
	count: number;
	level: Goodness | null;
	/** Daylio's own place for it, when it is one of Daylio's names. */
	daylioLevel: Goodness | null;
}

export interface ImportPlan {
	app: ImportApp;
	fingerprint: string;
	importedAt: string;
	/** Oldest first. */
	rows: PlannedRow[];
	checkins: Checkin[];
	entries: PlannedEntry[];
	skipped: SkippedRow[];
	notes: RowNote[];
	warnings: ImportWarning[];
	moods: MoodWord[];
}

export interface ImportContext {
	/** The file's SHA-256, 64 hex digits: the ids are made from it. */
	fingerprint: string;
	/** Now, as an ISO instant: every record's updatedAt, and the log's date. */
	importedAt: string;
	scaleSettings: ScaleSettings;
	words: ImportNoteWords;
}

export function buildImportPlan(
	parsed: ParsedImport,
	choices: ImportChoices,
	context: ImportContext
): ImportPlan {
	const fingerprint = checkedFingerprint(context.fingerprint);
	const scales = chosenScales(choices, context.scaleSettings);
	const latest = Date.parse(context.importedAt) + futureGrace;
	const plan: ImportPlan = {
		app: parsed.app,
		fingerprint,
		importedAt: context.importedAt,
		rows: [],
		checkins: [],
		entries: [],
		skipped: [...parsed.skipped],
		notes: [],
		warnings: [...parsed.warnings],
		moods: moodWords(parsed, choices)
	};
	const days = parsed.days.toSorted((a, b) =>
		a.at < b.at ? -1 : a.at > b.at ? 1 : b.line - a.line
	);
	for (const day of days) {
		if (Date.parse(day.at) > latest) {
			plan.skipped.push({ line: day.line, reason: 'future' });
			continue;
		}
		const note = (kind: RowNoteKind) => plan.notes.push({ line: day.line, kind });
		const row = planDay(day, { choices, scales, fingerprint, context, note });
		plan.rows.push(row);
		if (row.checkin) plan.checkins.push(row.checkin);
		plan.entries.push(...row.entries);
	}
	plan.skipped.sort((a, b) => a.line - b.line);
	plan.notes.sort((a, b) => a.line - b.line);
	return plan;
}

interface DayContext {
	choices: ImportChoices;
	scales: Map<string, Scale>;
	fingerprint: string;
	context: ImportContext;
	note: (kind: RowNoteKind) => void;
}

function planDay(day: ImportedDay, c: DayContext): PlannedRow {
	const { choices, scales, context, note } = c;
	if (!day.timeKnown) note('time-stand-in');
	if (day.clockChange) note(day.clockChange === 'gap' ? 'clock-gap' : 'clock-overlap');
	const scores: Record<string, number> = {};
	const score = (scaleId: string, goodness: Goodness) => {
		scores[scaleId] = scales.get(scaleId)!.goodEnd === 1 ? 6 - goodness : goodness;
	};
	const head: string[] = [];
	if (day.mood) {
		const key = moodKey(day.mood.word);
		const chosen = choices.moodLevels ?? {};
		const level = Object.hasOwn(chosen, key) ? chosen[key] : day.mood.level;
		const scaleId = choices.scales.mood;
		if (!level) note('mood-unplaced');
		if (level && scaleId) score(scaleId, level);
		if (!(level && scaleId) || day.mood.level === null) head.push(day.mood.word);
	}
	head.push(...day.tags);
	const lines = [head.join(' · ')];
	for (const rating of day.ratings) {
		const scaleId = choices.scales[rating.key];
		if (scaleId) score(scaleId, rating.goodness);
		else lines.push(context.words.rating(rating.key, rating.value, rating.min, rating.max));
	}
	lines.push(...factLines(day.facts, context.words));
	const meta = lines.filter(Boolean).join('\n');

	const limit = checkinLimits.text;
	const toEntry = day.title !== '' || day.text.length > longNote;
	let text = meta;
	if (!toEntry && day.text) text = meta ? `${meta}\n\n${day.text}` : day.text;
	// Only a note of tens of thousands of tags could pass the limit; its rest is not dropped.
	const [checkinNote, ...over] = splitText(text, limit);
	const entries = entriesFor(day, toEntry ? day.text : '', over.join(''), {
		fingerprint: c.fingerprint,
		importedAt: context.importedAt,
		words: context.words,
		note
	});
	const hasScores = Object.keys(scores).length > 0;
	const checkin =
		hasScores || checkinNote
			? checked(
					checkinSchema,
					{
						id: importCheckinId(c.fingerprint, day.line),
						at: day.at,
						updatedAt: context.importedAt,
						scores,
						ticked: [],
						helped: '',
						note: checkinNote
					},
					'An imported check-in'
				)
			: null;
	return {
		line: day.line,
		day: day.day,
		time: day.time,
		timeKnown: day.timeKnown,
		checkin,
		entries
	};
}

/** The distinct mood words of a Daylio file, most used first, with the place each will get. */
function moodWords(parsed: ParsedImport, choices: ImportChoices): MoodWord[] {
	const words = new Map<string, MoodWord>();
	const chosen = choices.moodLevels ?? {};
	for (const day of parsed.days) {
		if (!day.mood) continue;
		const key = moodKey(day.mood.word);
		const seen = words.get(key);
		if (seen) seen.count++;
		else {
			const level = Object.hasOwn(chosen, key) ? chosen[key] : day.mood.level;
			words.set(key, { word: day.mood.word, count: 1, level, daylioLevel: day.mood.level });
		}
	}
	return [...words.values()].sort((a, b) => b.count - a.count || a.word.localeCompare(b.word));
}
