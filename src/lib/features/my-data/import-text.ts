// Words of bringing in what I kept in another mood app (Daylio, eMoods, Bearable): the errors
// a file can meet, the words written into imported notes, and the preview's reasons. The
// domain (domain/imports, domain/formats/csv-read.ts) holds no sentence; it names codes.
import { CsvError, CsvFormatError, type CsvErrorCode } from '$lib/domain/formats/csv-errors';
import { csvLimits } from '$lib/domain/formats/csv-read';
import {
	ImportError,
	ImportAlreadyDoneError,
	type ImportErrorCode
} from '$lib/domain/imports/errors';
import type { ImportNoteWords } from '$lib/domain/imports/import-note';
import type { RowNoteKind } from '$lib/domain/imports/import-plan';
import type { ImportApp, RatingKey, SkipReason } from '$lib/domain/imports/imported-day';
import { formatNumber, plural } from '$lib/domain/locale';
import { formatDay } from '$lib/ui/format-date';

const lines = (n: number) =>
	plural(n, { one: `${formatNumber(n)} line`, other: `${formatNumber(n)} lines` });

export const appNames: Record<ImportApp, string> = {
	daylio: 'Daylio',
	emoods: 'eMoods',
	bearable: 'Bearable'
};

const ratingNames: Record<RatingKey, string> = {
	mood: 'Mood',
	energy: 'Energy',
	'sleep-quality': 'Sleep quality',
	depressed: 'Depressed',
	elevated: 'Elevated',
	irritability: 'Irritable',
	anxiety: 'Anxious'
};

/** What an import writes into a check-in's note for what has no place of its own. */
export const importNoteWords: ImportNoteWords = {
	rating: (key, value, min, max) =>
		`${ratingNames[key]}: ${formatNumber(value)} (${formatNumber(min)} to ${formatNumber(max)})`,
	sleepHours: (hours) =>
		`Slept ${plural(hours, { one: `${formatNumber(hours)} hour`, other: `${formatNumber(hours)} hours` })}`,
	medications: (text) => `Medication: ${text}`,
	flag: (flag) => (flag === 'therapy' ? 'Therapy' : 'Psychotic symptoms'),
	named: (name, value) => (value ? `${name}: ${value}` : name),
	part: (title, part, parts) => `${title ? `${title} ` : ''}(${part} of ${parts})`
};

/** What an error tells me, keyed by its code; a function of what the error found where it says it. */
export const importErrorText = {
	'import-empty': 'This file is empty: there is nothing in it to bring in.',
	'import-unknown-format':
		'Waymark doesn’t recognise this file. Choose the CSV file Daylio, eMoods or Bearable saved when I exported my entries.',
	'import-already-done': (app: ImportApp, importedAt: string) =>
		`I already brought in this ${appNames[app]} file on ${formatDay(importedAt)}, so nothing was added twice. To bring in newer entries, export a new file from ${appNames[app]}.`,
	'import-time-zone':
		'This device’s time zone isn’t one Waymark knows, so the times in the file can’t be read. Check the date and time settings, then try again.',
	'import-scale-missing':
		'One of the scales I chose has been removed. Choose again where each rating goes.',
	'import-scale-twice':
		'Two ratings are going to the same scale. Choose a different scale for one of them, or keep it as words.',
	'csv-unclosed-quote': (line: number) =>
		`This file looks cut short: a quote opened on line ${formatNumber(line)} never closes. Export the file again and choose the new copy.`,
	'csv-stray-quote': (line: number) =>
		`Line ${formatNumber(line)} of this file isn’t written the way the app writes its exports, so nothing was brought in. It may have been changed in a spreadsheet: export the file again and choose the new copy.`,
	'csv-too-large': `This file is larger than Waymark reads at once (${formatNumber(csvLimits.bytes / 1024 / 1024)} MB). Export a shorter period from the app, then bring in each file.`,
	'csv-too-many-rows': `This file has more than ${formatNumber(csvLimits.rows)} rows, more than Waymark reads at once. Export a shorter period from the app, then bring in each file.`,
	'csv-not-text':
		'This isn’t a CSV file: it holds something other than text. Choose the file that ends in .csv from the app’s export.'
} satisfies Record<ImportErrorCode | CsvErrorCode, string | ((...found: never[]) => string)>;

/** Why rows were left out, for the preview. */
export const skipText: Record<SkipReason, (count: number) => string> = {
	date: (n) => `${lines(n)} without a date Waymark can read`,
	columns: (n) => `${lines(n)} with more columns than the file’s header`,
	empty: (n) => `${lines(n)} with nothing recorded`,
	'too-early': (n) => `${lines(n)} from before 2000`,
	future: (n) => `${lines(n)} dated after today`
};

/** What was done to rows on the way in, for the preview. */
export const rowNoteText: Record<RowNoteKind, (count: number) => string> = {
	'time-stand-in': (n) =>
		`${lines(n)} without a time: placed at midday, or the part of the day it gives`,
	'clock-gap': (n) => `${lines(n)} at a time the clocks skipped: moved forward by the change`,
	'clock-overlap': (n) => `${lines(n)} at a time that happened twice: the first is used`,
	'mood-unplaced': (n) => `${lines(n)} with a mood I haven’t placed on the scale: kept as a word`,
	'title-shortened': (n) =>
		`${lines(n)} with a title too long for one: shortened, and written in full in the entry`,
	'note-split': (n) => `${lines(n)} with writing too long for one entry: split into parts`,
	'mood-word-long': (n) =>
		`${lines(n)} with a mood word too long for an entry: kept in the check-in`
};

/** The preview's warnings about the whole file. */
export const warningText = {
	'dates-month-first':
		'The dates in this file could be read either way round. Waymark read them month first, so 3/4/2024 is 4 March 2024. Check the first and last day below.'
} as const;

/**
 * What to tell me about an error met bringing in a file: its code's words, otherwise
 * `fallback`, and the fault goes to the console.
 */
export function importMessageFor(error: unknown, fallback: string): string {
	const words = importErrorText;
	if (error instanceof ImportAlreadyDoneError)
		return words['import-already-done'](error.app, error.importedAt);
	if (error instanceof CsvFormatError) return words[error.code](error.line);
	if (error instanceof ImportError || error instanceof CsvError) {
		const said = words[error.code];
		if (typeof said === 'string') return said;
	}
	console.error(error);
	return fallback;
}

/** The words of the import's card on the My data screen. */
export const importText = {
	heading: 'Bring in from another mood app',
	about:
		'Waymark can read the CSV file that Daylio, eMoods or Bearable makes when I export my entries. It is read on this phone, and nothing is added until I have seen what will be.',
	file: 'The exported file (.csv)',
	fileHint:
		'In the other app, look for Export (in Daylio: More, Export entries, CSV), save the file, then choose it here.',
	reading: 'Reading the file…',
	failed: 'The file could not be read. Nothing in my journal was changed.',
	found: (app: ImportApp) => `This is a ${appNames[app]} export.`,
	span: (first: string, last: string) =>
		first === last ? `It covers ${first}.` : `It covers ${first} to ${last}.`,
	ratingsHeading: 'Where each rating goes',
	ratingsAbout:
		'Each rating can go to one of my check-in scales, so it shows in my charts, or stay as words in the check-in’s note.',
	rating: (key: RatingKey) => `${ratingNames[key]} in the file`,
	asWords: 'Keep it as words in the note',
	moodsHeading: 'Moods I named myself',
	moodsAbout: 'Where does each sit from 1 (hardest) to 5 (best)? Or keep it only as a word.',
	mood: (word: string, count: number) =>
		`“${word}” (${plural(count, { one: 'once', other: `${formatNumber(count)} times` })})`,
	moodAsWord: 'Only as a word',
	previewHeading: 'What will be added',
	counts: (checkins: number, entries: number) =>
		`${plural(checkins, { one: '1 check-in', other: `${formatNumber(checkins)} check-ins` })} and ${plural(entries, { one: '1 journal entry', other: `${formatNumber(entries)} journal entries` })}.`,
	left: 'Left out',
	changed: 'Changed on the way in',
	onLines: (lines: number[], more: boolean) =>
		`(line ${lines.map(formatNumber).join(', ')}${more ? ', …' : ''})`,
	sample: 'The first rows, as they will be written',
	sampleEntry: (title: string) => `Journal entry: ${title}`,
	noScores: 'No scores',
	nothing:
		'Nothing in this file can be brought in: every row was left out (see why above). Nothing was changed.',
	write: 'Bring these in',
	writing: 'Bringing them in…',
	written: (checkins: number, entries: number) =>
		`Added ${plural(checkins, { one: '1 check-in', other: `${formatNumber(checkins)} check-ins` })} and ${plural(entries, { one: '1 journal entry', other: `${formatNumber(entries)} journal entries` })}. The check-ins are in my journey and charts now.`,
	alreadyThere: (n: number) =>
		plural(n, {
			one: 'One was in my journal already, from an earlier export, and was left as it was.',
			other: `${formatNumber(n)} were in my journal already, from an earlier export, and were left as they were.`
		}),
	replanFailed: 'Waymark could not work out what these choices would add. Choose the file again.',
	writeFailed: 'Nothing was brought in, and nothing in my journal was changed.',
	yearFull: (year: number, room: number) =>
		`My check-ins for ${year} would pass the 5,000 one year holds (room for ${formatNumber(room)} more), so nothing was brought in. Export a shorter period from the app and bring it in, a part at a time.`,
	again: 'Choose another file',
	last: (app: ImportApp, day: string) => `Last brought in from ${appNames[app]} on ${day}.`
};
