import type { CsvTable } from '$lib/domain/formats/csv-read';
import { readClockTime } from './clock-time';
import { field, findColumns, fitsHeader } from './header';
import {
	firstDay,
	type Goodness,
	type ImportedDay,
	type ImportedFact,
	type ParsedImport,
	type SkippedRow
} from './imported-day';
import { readMoment } from './local-time';
import { noteText } from './note-markup';
import { readDayInYear, readIsoDay } from './written-day';

// Daylio's CSV export ("Export entries" in the app), as found in public samples and parsers:
//   full_date,date,weekday,time,mood,activities,note_title,note            (2021 on)
//   full_date,date,weekday,time,mood,activities,scales,note_title,note     (newer)
//   full_date,date,weekday,time,mood,activities,note                       (before titles)
//   year,date,weekday,time,mood,activities,note                            (oldest, date "18 May")
// Newest entry first; several entries a day are allowed. full_date is ISO; date and weekday
// are in the phone's language and are not read. time is 24-hour ("21:35") or English 12-hour
// ("8:30 pm"). mood is the mood's name: Daylio's own five (rad, good, meh, bad, awful: 5 to 1)
// or a name the person gave it, whose place is not in the file. activities and scales are
// joined by " | "; a scale is written "name:<no-break space>value". Notes are quoted; newer
// exports write line breaks as <br> and may hold a little HTML (note-markup.ts). The file
// starts with a UTF-8 BOM. Sources: github.com/MichaelCurrin/daylio-csv-parser
// (docs/csv-format.md, dayliopy/sample.csv), github.com/staticf0x/daylio-parser
// (tests/data/test_data.csv, daylio_parser/config.py), and a write-up of the Android app's
// CsvExportTask (header with scales, BOM, quoting). Not verified: how iOS versions differ,
// and the scales column's values beyond that write-up.

const columns = {
	fullDate: ['fulldate'],
	year: ['year'],
	date: ['date'],
	time: ['time'],
	mood: ['mood'],
	activities: ['activities'],
	scales: ['scales'],
	noteTitle: ['notetitle'],
	note: ['note', 'notes']
} as const;

/** Daylio's own moods, best first; a renamed or added mood has no known place. */
export const daylioMoods: ReadonlyMap<string, Goodness> = new Map([
	['rad', 5],
	['good', 4],
	['meh', 3],
	['bad', 2],
	['awful', 1]
]);

/** Whether a header row is Daylio's. */
export function isDaylioHeader(header: readonly string[]): boolean {
	const at = findColumns(header, columns);
	const dated = at.fullDate !== undefined || (at.year !== undefined && at.date !== undefined);
	return dated && at.time !== undefined && at.mood !== undefined && at.activities !== undefined;
}

/** The level of a Daylio mood word, when it is one of Daylio's own. */
export function daylioMoodLevel(word: string): Goodness | null {
	return daylioMoods.get(word.trim().toLowerCase()) ?? null;
}

export function readDaylio(table: CsvTable, timeZone: string): ParsedImport {
	const header = table.rows[0];
	const at = findColumns(header, columns);
	const days: ImportedDay[] = [];
	const skipped: SkippedRow[] = [];
	const skip = (line: number, reason: SkippedRow['reason']) => skipped.push({ line, reason });
	for (let k = 1; k < table.rows.length; k++) {
		const row = table.rows[k];
		const line = table.lines[k];
		if (!fitsHeader(row, header)) {
			skip(line, 'columns');
			continue;
		}
		const day =
			at.fullDate !== undefined
				? readIsoDay(field(row, at.fullDate))
				: readDayInYear(field(row, at.date), Number(field(row, at.year)));
		if (!day) {
			skip(line, 'date');
			continue;
		}
		if (day < firstDay) {
			skip(line, 'too-early');
			continue;
		}
		const word = field(row, at.mood);
		const tags = split(field(row, at.activities));
		const facts = split(field(row, at.scales)).map(scaleFact);
		const title = noteText(field(row, at.noteTitle));
		const text = noteText(field(row, at.note));
		if (!word && tags.length === 0 && facts.length === 0 && !title && !text) {
			skip(line, 'empty');
			continue;
		}
		const moment = readMoment(day, readClockTime(field(row, at.time)), timeZone);
		days.push({
			line,
			day,
			...moment,
			mood: word ? { word, level: daylioMoodLevel(word) } : null,
			ratings: [],
			facts,
			tags,
			title,
			text
		});
	}
	return { app: 'daylio', days, skipped, warnings: [] };
}

function split(list: string): string[] {
	return list
		.split('|')
		.map((item) => item.trim())
		.filter(Boolean);
}

/** "Energy:&nbsp;3" as a fact named by the person's own scale. */
function scaleFact(scale: string): ImportedFact {
	const colon = scale.indexOf(':');
	if (colon === -1) return { kind: 'named', name: scale, value: '' };
	const name = scale.slice(0, colon).trim();
	const value = scale
		.slice(colon + 1)
		.replace(/\u00a0/g, ' ')
		.trim();
	return { kind: 'named', name, value };
}
