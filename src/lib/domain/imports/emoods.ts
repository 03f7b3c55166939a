import type { CsvTable } from '$lib/domain/formats/csv-read';
import { readClockTime } from './clock-time';
import { field, findColumns, fitsHeader } from './header';
import {
	firstDay,
	type Goodness,
	type ImportedDay,
	type ImportedFact,
	type ImportedRating,
	type ParsedImport,
	type RatingKey,
	type SkippedRow
} from './imported-day';
import { readMoment } from './local-time';
import { readIsoDay, readSlashDay, slashParts, type SlashOrder } from './written-day';

// eMoods (emoodtracker.com). What is known, from its help pages and reviews: a once-a-day log
// (several a day when the person turns that on) of depressed, elevated and irritable mood and
// anxiety, each the day's peak on a four-step scale (none, mild, moderate, severe: 0 to 3 in
// the app; its monthly report writes them 1 to 4, 1 being none), hours slept, medications,
// a psychotic-symptoms tick, therapy, custom tracking points and a note; the data can be
// exported to CSV. Sources: help.emoodtracker.com "Tracking Points", "Tracking Psychotic
// Symptoms", "Tracking Medications", "Your Data and eMoods"; thebipolarcuriousblog.com
// (2012-03-22) on the 0-3 scale.
//
// NOT VERIFIED: the CSV's header row. No public sample of an eMoods CSV could be found, so the
// file is recognised by its column names, tolerantly: a date column and at least two of the
// four mood ratings, in any order, in any case, with spaces or underscores, named as below.
// Values may be numbers (0 to 3, or 1 to 4, told apart across the whole file) or the words
// none, mild, moderate, severe. Dates may be ISO or slashed; slashed dates are read month
// first unless some day is over 12 (the file is then day first), and the preview says so.
// Columns it does not know are kept as "name: value" in the note, so a custom tracking point
// is never lost.

const columns = {
	date: ['date', 'day', 'entrydate', 'datetime', 'timestamp'],
	time: ['time', 'entrytime'],
	depressed: ['depressed', 'depression', 'depressedmood'],
	elevated: ['elevated', 'elevatedmood', 'elevation'],
	irritability: ['irritability', 'irritable', 'irritablemood'],
	anxiety: ['anxiety', 'anxious', 'anxiousmood'],
	sleep: ['sleep', 'sleephours', 'hoursslept', 'hoursofsleep', 'hoursofsleeplastnight'],
	psychotic: ['psychoticsymptoms', 'psychotic', 'psychosis'],
	therapy: ['therapy', 'talktherapy', 'therapysession'],
	medications: ['medications', 'medication', 'meds'],
	notes: ['notes', 'note', 'comment', 'comments', 'journal']
} as const;

const moodRatings = ['depressed', 'elevated', 'irritability', 'anxiety'] as const;
const severityWords = new Map([
	['none', 0],
	['mild', 1],
	['moderate', 2],
	['severe', 3]
]);
const yes = new Set(['yes', 'y', 'true', '1', 'x', 'checked']);

export function isEmoodsHeader(header: readonly string[]): boolean {
	const at = findColumns(header, columns);
	return at.date !== undefined && moodRatings.filter((key) => at[key] !== undefined).length >= 2;
}

export function readEmoods(table: CsvTable, timeZone: string): ParsedImport {
	const header = table.rows[0];
	const at = findColumns(header, columns);
	const known = new Set(Object.values(at));
	const others = header.map((_, k) => k).filter((k) => !known.has(k));
	const data = table.rows.slice(1);
	const scale = severityScale(data, at);
	const order = slashOrder(data.map((row) => field(row, at.date)));

	const days: ImportedDay[] = [];
	const skipped: SkippedRow[] = [];
	for (let k = 1; k < table.rows.length; k++) {
		const row = table.rows[k];
		const line = table.lines[k];
		const read = readRow(row, header, at, others, order, scale);
		if (typeof read === 'string') {
			skipped.push({ line, reason: read });
			continue;
		}
		const time = readClockTime(field(row, at.time) || read.timePart);
		days.push({ line, ...read.day, ...readMoment(read.day.day, time, timeZone) });
	}
	const monthFirst = order === 'month-first' && data.some((row) => slashed(field(row, at.date)));
	return { app: 'emoods', days, skipped, warnings: monthFirst ? ['dates-month-first'] : [] };
}

type Columns = Partial<Record<keyof typeof columns, number>>;
type DayRead = Omit<ImportedDay, 'line' | 'time' | 'timeKnown' | 'at' | 'clockChange'>;

/** A row's day, ratings, facts and note, or why it cannot be read. */
function readRow(
	row: string[],
	header: string[],
	at: Columns,
	others: number[],
	order: SlashOrder,
	scale: Scale
): { day: DayRead; timePart: string } | SkippedRow['reason'] {
	if (!fitsHeader(row, header)) return 'columns';
	const [datePart, timePart] = splitDateTime(field(row, at.date));
	const day = readIsoDay(datePart) ?? readSlashDay(datePart, order);
	if (!day) return 'date';
	if (day < firstDay) return 'too-early';
	const ratings: ImportedRating[] = [];
	for (const key of moodRatings) {
		const value = severity(field(row, at[key]));
		if (value !== null) ratings.push(rating(key, value, scale));
	}
	const facts = factsOf(row, header, at, others);
	const text = field(row, at.notes);
	if (ratings.length === 0 && facts.length === 0 && !text) return 'empty';
	return { day: { day, mood: null, ratings, facts, tags: [], title: '', text }, timePart };
}

function factsOf(row: string[], header: string[], at: Columns, others: number[]): ImportedFact[] {
	const facts: ImportedFact[] = [];
	const sleep = hours(field(row, at.sleep));
	if (sleep !== null) facts.push({ kind: 'sleep-hours', hours: sleep });
	const medications = field(row, at.medications);
	if (medications) facts.push({ kind: 'medications', text: medications });
	if (yes.has(field(row, at.psychotic).toLowerCase()))
		facts.push({ kind: 'flag', flag: 'psychotic-symptoms' });
	if (yes.has(field(row, at.therapy).toLowerCase())) facts.push({ kind: 'flag', flag: 'therapy' });
	for (const k of others) {
		const value = field(row, k);
		if (value) facts.push({ kind: 'named', name: header[k].trim(), value });
	}
	return facts;
}

/** A rating as written: a number, or one of the app's four words; null when not given. */
function severity(text: string): number | null {
	if (!text) return null;
	const word = severityWords.get(text.toLowerCase());
	if (word !== undefined) return word;
	const value = Number(text);
	return Number.isFinite(value) && value >= 0 ? value : null;
}

/** 0 to 3 as the app counts, or 1 to 4 as its report writes them: no 0 and some 4 say which. */
type Scale = { min: number; max: number };

function severityScale(rows: string[][], at: Columns): Scale {
	let low = Infinity;
	let high = 0;
	for (const row of rows)
		for (const key of moodRatings) {
			const value = severity(field(row, at[key]));
			if (value === null) continue;
			low = Math.min(low, value);
			high = Math.max(high, value);
		}
	if (high > 3 && low >= 1) return { min: 1, max: Math.max(4, high) };
	return { min: 0, max: Math.max(3, high) };
}

/**
 * Each rating is how strong a symptom was, so none is the good end: 0 to 3 become goodness
 * 5, 4, 2, 1 (the middle steps spread evenly over Waymark's five points, 3 left for no step).
 */
function rating(key: RatingKey, raw: number, scale: Scale): ImportedRating {
	const value = Math.min(Math.max(raw, scale.min), scale.max);
	const strength = (value - scale.min) / (scale.max - scale.min);
	const goodness = (5 - Math.round(strength * 4)) as Goodness;
	return { key, value, min: scale.min, max: scale.max, goodness };
}

/** Hours slept, written 7.5, 7,5 or 7:30. */
function hours(text: string): number | null {
	if (!text) return null;
	const clock = /^(\d{1,2}):(\d{2})$/.exec(text);
	const value = clock ? Number(clock[1]) + Number(clock[2]) / 60 : Number(text.replace(',', '.'));
	return Number.isFinite(value) && value >= 0 && value <= 24 ? Math.round(value * 100) / 100 : null;
}

function splitDateTime(text: string): [string, string] {
	const match = /^(\S+?),?(?:(?:T|\s+)(.+))?$/.exec(text);
	return match ? [match[1], match[2] ?? ''] : [text, ''];
}

function slashed(text: string): boolean {
	return slashParts(splitDateTime(text)[0]) !== null;
}

/** Day first if any slashed date has a first part over 12; month first otherwise. */
function slashOrder(dates: string[]): SlashOrder {
	for (const date of dates) {
		const parts = slashParts(splitDateTime(date)[0]);
		if (parts && parts[0] > 12) return 'day-first';
	}
	return 'month-first';
}
