import type { CsvTable } from '$lib/domain/formats/csv-read';
import { readClockTime } from './clock-time';
import { field, findColumns, fitsHeader, headerKey } from './header';
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
import { readIsoDay, readWrittenDay } from './written-day';

// Bearable's CSV export, as public parsers of it read it (no official description found):
//   date,weekday,time of day,category,rating/amount,detail,notes
//   date,date formatted,weekday,time of day,category,rating/amount,detail,notes   (newer)
// One row per thing logged, so one moment is many rows. date is written out ("8th Dec 2021");
// "date formatted", where present, is ISO. "time of day" is a clock time or a part of the day
// (pre, am, mid, pm, "all day"). category is Mood, Energy, Sleep, Sleep quality, Symptom,
// Factors, Meds/Supplements, Measurement or the person's own; symptoms carry their strength in
// detail ("Neck pain (Moderate)"), factors are joined by " | ", sleep is "7:30" hours, and the
// same note may repeat on each row of a moment. Sources, all third-party code on GitHub found
// through search: a Rust parser's test row ("8th Dec 2021","Wednesday","mid","Symptom","2",
// "Neck pain (Moderate)"), a Python ETL (the words pre, am, mid, pm, "all day"; sleep as
// "7:30"), and importers in other apps (the "date formatted" column; mood taken as up to 10).
//
// NOT VERIFIED, and so read tolerantly: the rating scales (read per file: a mood above 5 means
// 0 to 10, otherwise 1 to 5), what "pre" means (taken, like am, mid and pm, as a quarter of
// the day: stand-in times 03:00, 09:00, 15:00, 21:00), and categories beyond those above (kept
// as "category: detail value" in the note).

const columns = {
	date: ['date'],
	dateFormatted: ['dateformatted'],
	timeOfDay: ['timeofday', 'time'],
	category: ['category'],
	amount: ['ratingamount', 'rating', 'amount'],
	detail: ['detail', 'details'],
	notes: ['notes', 'note']
} as const;

const partsOfDay = new Map([
	['pre', '03:00'],
	['am', '09:00'],
	['morning', '09:00'],
	['mid', '15:00'],
	['afternoon', '15:00'],
	['pm', '21:00'],
	['evening', '21:00'],
	['night', '21:00']
]);

// Categories by headerKey (lower case, no spaces or punctuation): "Sleep quality" is sleepquality.
const rated = new Map<string, RatingKey>([
	['mood', 'mood'],
	['energy', 'energy'],
	['sleepquality', 'sleep-quality']
]);

export function isBearableHeader(header: readonly string[]): boolean {
	const at = findColumns(header, columns);
	const dated = at.date !== undefined || at.dateFormatted !== undefined;
	return dated && [at.timeOfDay, at.category, at.amount, at.detail].every((k) => k !== undefined);
}

interface Moment {
	line: number;
	day: string;
	clock: string | null;
	standIn: string;
	values: Partial<Record<RatingKey, number[]>>;
	facts: ImportedFact[];
	medications: string[];
	tags: string[];
	notes: string[];
}

export function readBearable(table: CsvTable, timeZone: string): ParsedImport {
	const header = table.rows[0];
	const at = findColumns(header, columns);
	const moments = new Map<string, Moment>();
	const skipped: SkippedRow[] = [];
	for (let k = 1; k < table.rows.length; k++) {
		const row = table.rows[k];
		const line = table.lines[k];
		if (!fitsHeader(row, header)) {
			skipped.push({ line, reason: 'columns' });
			continue;
		}
		const written = field(row, at.date);
		const day =
			readIsoDay(field(row, at.dateFormatted)) ?? readIsoDay(written) ?? readWrittenDay(written);
		if (!day || day < firstDay) {
			skipped.push({ line, reason: day ? 'too-early' : 'date' });
			continue;
		}
		const slot = field(row, at.timeOfDay);
		const clock = readClockTime(slot);
		const key = `${day}|${clock ?? slot.toLowerCase()}`;
		let moment = moments.get(key);
		if (!moment) {
			const standIn = partsOfDay.get(slot.toLowerCase()) ?? '12:00';
			moment = {
				line,
				day,
				clock,
				standIn,
				values: {},
				facts: [],
				medications: [],
				tags: [],
				notes: []
			};
			moments.set(key, moment);
		}
		addRow(moment, field(row, at.category), field(row, at.amount), field(row, at.detail));
		const note = field(row, at.notes);
		if (note && !moment.notes.includes(note)) moment.notes.push(note);
	}
	const scales = scalesOf(moments);
	const days: ImportedDay[] = [];
	for (const moment of moments.values()) {
		const day = dayOf(moment, scales, timeZone);
		if (day) days.push(day);
		else skipped.push({ line: moment.line, reason: 'empty' });
	}
	return { app: 'bearable', days, skipped, warnings: [] };
}

function addRow(moment: Moment, category: string, amount: string, detail: string) {
	const kind = category.toLowerCase();
	const rating = rated.get(headerKey(category));
	if (rating) {
		const value = Number(amount);
		if (amount && Number.isFinite(value)) (moment.values[rating] ??= []).push(value);
		return;
	}
	if (kind === 'sleep') {
		const hours = sleepHours(amount);
		if (hours !== null) moment.facts.push({ kind: 'sleep-hours', hours });
		return;
	}
	if (kind === 'factors' || kind === 'factor' || kind === 'symptom' || kind === 'symptoms') {
		for (const tag of detail.split('|').map((t) => t.trim()))
			if (tag && !moment.tags.includes(tag)) moment.tags.push(tag);
		return;
	}
	if (kind.startsWith('meds') || kind.startsWith('medication') || kind.startsWith('supplement')) {
		if (detail) moment.medications.push(detail);
		return;
	}
	const value = [detail, amount].filter(Boolean).join(' ');
	if (category || value) moment.facts.push({ kind: 'named', name: category, value });
}

type Scale = { min: number; max: number };

/** Each rating's scale across the file: above 5 anywhere means 0 to 10, else 1 to 5. */
function scalesOf(moments: Map<string, Moment>): Partial<Record<RatingKey, Scale>> {
	const highest: Partial<Record<RatingKey, number>> = {};
	for (const moment of moments.values())
		for (const [key, values] of Object.entries(moment.values) as [RatingKey, number[]][])
			highest[key] = Math.max(highest[key] ?? 0, ...values);
	const scales: Partial<Record<RatingKey, Scale>> = {};
	for (const [key, high] of Object.entries(highest) as [RatingKey, number][])
		scales[key] = high > 5 ? { min: 0, max: 10 } : { min: 1, max: 5 };
	return scales;
}

function dayOf(moment: Moment, scales: Partial<Record<RatingKey, Scale>>, timeZone: string) {
	const ratings: ImportedRating[] = [];
	for (const [key, values] of Object.entries(moment.values) as [RatingKey, number[]][]) {
		const scale = scales[key]!;
		const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
		const value = Math.min(Math.max(Math.round(mean * 10) / 10, scale.min), scale.max);
		const goodness = Math.round(
			1 + ((value - scale.min) / (scale.max - scale.min)) * 4
		) as Goodness;
		ratings.push({ key, value, ...scale, goodness });
	}
	const facts = [...moment.facts];
	if (moment.medications.length > 0)
		facts.push({ kind: 'medications', text: moment.medications.join(', ') });
	const text = moment.notes.join('\n\n');
	if (ratings.length === 0 && facts.length === 0 && moment.tags.length === 0 && !text) return null;
	const when = readMoment(moment.day, moment.clock, timeZone, moment.standIn);
	const day: ImportedDay = {
		line: moment.line,
		day: moment.day,
		...when,
		mood: null,
		ratings,
		facts,
		tags: moment.tags,
		title: '',
		text
	};
	return day;
}

/** Hours slept, written "7:30" (hours and minutes) or as a number of hours. */
function sleepHours(amount: string): number | null {
	const clock = /^(\d{1,2}):(\d{2})$/.exec(amount);
	const value = clock ? Number(clock[1]) + Number(clock[2]) / 60 : Number(amount);
	if (!amount || !Number.isFinite(value) || value < 0 || value > 24) return null;
	return Math.round(value * 100) / 100;
}
