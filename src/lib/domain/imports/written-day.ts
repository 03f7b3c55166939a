// Calendar days as the exports write them: ISO (Daylio's full_date, Bearable's newer
// "date formatted"), written out in English (Bearable's "8th Dec 2021", Daylio's oldest
// "18 May" beside a year column), and with slashes (a guess for eMoods; see emoods.ts).

const months = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december'
];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The day as YYYY-MM-DD when it is on the calendar (30 February is not); by arithmetic, as a
 * Date for each of a file's thousands of rows costs more than the rest of reading it. */
function dayOf(year: number, month: number, date: number): string | null {
	if (month < 1 || month > 12 || date < 1 || year < 1) return null;
	const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
	const length = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
	return date <= length ? `${pad(year, 4)}-${pad(month)}-${pad(date)}` : null;
}

/** An ISO day at the start of the text ("2024-03-10", "2024-03-10 09:00"), or null. */
export function readIsoDay(text: string): string | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(text.trim());
	return match ? dayOf(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/** The month (1 to 12) an English month name or its first three letters or more name. */
export function monthNumber(name: string): number | null {
	const word = name.toLowerCase().replace(/\.$/, '');
	if (word.length < 3) return null;
	const at = months.findIndex((month) => month.startsWith(word));
	return at === -1 ? null : at + 1;
}

/** "8th Dec 2021", "1st March 2024", "22 Jan 2022": day, English month, year. */
export function readWrittenDay(text: string): string | null {
	const match = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+\.?),?\s+(\d{4})$/.exec(text.trim());
	if (!match) return null;
	const month = monthNumber(match[2]);
	return month ? dayOf(Number(match[3]), month, Number(match[1])) : null;
}

/** "18 May" or "May 18" with the year given apart (Daylio's oldest exports). */
export function readDayInYear(text: string, year: number): string | null {
	const trimmed = text.trim();
	const dayFirst = /^(\d{1,2})\.?\s+([A-Za-z]+)$/.exec(trimmed);
	const monthFirst = /^([A-Za-z]+)\s+(\d{1,2})$/.exec(trimmed);
	const [date, name] = dayFirst
		? [dayFirst[1], dayFirst[2]]
		: monthFirst
			? [monthFirst[2], monthFirst[1]]
			: [null, null];
	const month = name ? monthNumber(name) : null;
	return date && month ? dayOf(year, month, Number(date)) : null;
}

export type SlashOrder = 'month-first' | 'day-first';

/** The parts of a slashed date ("03/04/2024", "3-4-2024"), before an order is chosen. */
export function slashParts(text: string): [number, number, number] | null {
	const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:$|[T\s,])/.exec(text.trim());
	return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}

export function readSlashDay(text: string, order: SlashOrder): string | null {
	const parts = slashParts(text);
	if (!parts) return null;
	const [a, b, year] = parts;
	return order === 'month-first' ? dayOf(year, a, b) : dayOf(year, b, a);
}
