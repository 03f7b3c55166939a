// A moment as the clock on the wall showed it in a given time zone, and its offset from UTC,
// found by Intl for each moment so that summer time, half-hour zones and past rule changes come
// out right. Stored moments are UTC (conventions.md); exports write them in the person's zone.

export interface ZonedTime {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
	/** Minutes ahead of UTC: 60 for London in summer, -150 for St John's in summer. */
	offset: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();

// A machine's locale, not the person's: only the numbers are read (month, day, year, hour,
// minute, second), in the Gregorian calendar with Latin digits and a 0-23 clock. format() and
// a scan for digits, rather than formatToParts, as it takes a third of the time.
function wallClock(timeZone: string): Intl.DateTimeFormat {
	let format = formats.get(timeZone);
	if (!format) {
		format = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric'
		});
		formats.set(timeZone, format);
	}
	return format;
}

/** A zone's offset from UTC at a moment (milliseconds since 1970), in minutes east (London in
 * summer: 60). Throws a RangeError for a zone Intl does not know. */
export function zoneOffset(ms: number, timeZone: string): number {
	const numbers = wallClock(timeZone).format(ms).match(/\d+/g)?.map(Number) ?? [];
	if (numbers.length !== 6) throw new Error(`Unexpected date format for ${timeZone}`);
	const [month, day, year, hour, minute, second] = numbers;
	// An engine that writes midnight as 24 despite h23 still gives the same moment.
	const wall = Date.UTC(year, month - 1, day, hour % 24, minute, second);
	// Whole seconds on both sides: the wall clock shows no milliseconds.
	return Math.round((wall - Math.floor(ms / 1000) * 1000) / 60_000);
}

/** The wall-clock time and UTC offset of a moment in a time zone (an IANA name, such as
 * `Europe/London`). Throws a RangeError for a zone Intl does not know. */
export function zonedTime(moment: Date | string | number, timeZone: string): ZonedTime {
	const ms = typeof moment === 'object' ? moment.getTime() : new Date(moment).getTime();
	if (Number.isNaN(ms)) throw new RangeError('Not a moment');
	const offset = zoneOffset(ms, timeZone);
	const wall = new Date(ms + offset * 60_000);
	return {
		year: wall.getUTCFullYear(),
		month: wall.getUTCMonth() + 1,
		day: wall.getUTCDate(),
		hour: wall.getUTCHours(),
		minute: wall.getUTCMinutes(),
		second: wall.getUTCSeconds(),
		offset
	};
}

const two = (n: number) => String(n).padStart(2, '0');

/** The wall-clock day, YYYY-MM-DD. */
export function zonedDay(t: ZonedTime): string {
	return `${String(t.year).padStart(4, '0')}-${two(t.month)}-${two(t.day)}`;
}

/** "+01:00", "-02:30", "+00:00": ISO 8601's offset, never "Z", so the person's zone shows. */
export function isoOffset(minutes: number): string {
	const sign = minutes < 0 ? '-' : '+';
	const m = Math.abs(minutes);
	return `${sign}${two(Math.floor(m / 60))}:${two(m % 60)}`;
}

/** A moment in ISO 8601 with the zone's offset: `2026-03-04T21:15:00+00:00`. */
export function isoInZone(moment: Date | string | number, timeZone: string): string {
	const t = zonedTime(moment, timeZone);
	return `${zonedDay(t)}T${two(t.hour)}:${two(t.minute)}:${two(t.second)}${isoOffset(t.offset)}`;
}
