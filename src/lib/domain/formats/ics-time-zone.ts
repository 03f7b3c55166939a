import { component, contentLine } from './ics-lines';
import { zoneOffset } from './zoned-time';

// The person's time zone written out as a VTIMEZONE (RFC 5545 section 3.6.5), from the zone
// rules the browser itself knows (Intl), so that a reminder at 21:00 stays at 21:00 through
// summer time and back.
//
// Why a named zone and not floating time (a local time with no zone, which RFC 5545 allows):
// - Floating time is what a reminder means ("21:00 wherever I am"), and Apple Calendar keeps it
//   so; but Google Calendar and Outlook are reported to read a floating time as UTC, or as the
//   zone of whichever calendar or server imports it, and a subscribed or synced copy can move by
//   hours. MS-OXCICAL also asks a repeating event's start to be local time with its VTIMEZONE.
// - A TZID that is the IANA name (Europe/London) lets Google and Apple use their own rules for
//   it; the VTIMEZONE beside it is what RFC 5545 requires for every TZID, and what Outlook reads.
//   Outlook keeps only one yearly change into summer time and one out of it, taken from each
//   observance's DTSTART, RRULE, TZOFFSETFROM and TZOFFSETTO, so regular zones are written as
//   such yearly rules rather than a list of dates.
// - The cost: the event is pinned to the zone the phone was in when the file was made, so on a
//   journey the reminder shows at 21:00 at home, not where the person is. Calendars show it in
//   local time, and a person who moves can make the file again.

const minute = 60_000;
const oneDay = 24 * 60 * minute;
/**
 * How often the offset is looked at before the change between two looks is searched for. No
 * zone changes twice within a week (Morocco's pause for Ramadan, the shortest, lasts a month).
 */
const step = 7 * oneDay;

/** Whether the browser knows the zone by this name; names go into TZID as they are. */
export function isKnownZone(zone: string): boolean {
	if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(zone)) return false;
	try {
		zoneOffset(0, zone);
		return true;
	} catch {
		return false;
	}
}

interface Change {
	/** The first minute of the new offset, UTC. */
	at: number;
	from: number;
	to: number;
}

/** Every change of offset from `start` to `end` (UTC milliseconds on whole minutes). */
function changes(zone: string, start: number, end: number): Change[] {
	const found: Change[] = [];
	let at = start;
	let offset = zoneOffset(at, zone);
	while (at < end) {
		const next = Math.min(at + step, end);
		if (zoneOffset(next, zone) === offset) {
			at = next;
			continue;
		}
		let [before, after] = [at, next];
		while (after - before > minute) {
			const middle = before + Math.floor((after - before) / minute / 2) * minute;
			if (zoneOffset(middle, zone) === offset) before = middle;
			else after = middle;
		}
		const to = zoneOffset(after, zone);
		found.push({ at: after, from: offset, to });
		[at, offset] = [after, to];
	}
	return found;
}

const weekdayCodes = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A wall-clock moment (a Date read through its UTC fields) as iCalendar local time. */
export function localDateTime(wall: Date): string {
	const date = `${pad(wall.getUTCFullYear(), 4)}${pad(wall.getUTCMonth() + 1)}${pad(wall.getUTCDate())}`;
	return `${date}T${pad(wall.getUTCHours())}${pad(wall.getUTCMinutes())}${pad(wall.getUTCSeconds())}`;
}

const utcDateTime = (at: number) => `${localDateTime(new Date(at))}Z`;

function utcOffset(minutes: number): string {
	const size = Math.abs(minutes);
	return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(size / 60))}${pad(size % 60)}`;
}

/**
 * The BYDAY (and BYMONTHDAY) of a yearly rule that gives exactly these days, all in one month on
 * one weekday: the nth of the month, the last, or the first on or after a day (Israel's "Friday
 * before the last Sunday" is the Friday on or after the 23rd); null when none does.
 */
function yearlyDay(walls: Date[]): string | null {
	const weekday = weekdayCodes[walls[0].getUTCDay()];
	const days = walls.map((w) => w.getUTCDate());
	const nth = days.map((d) => Math.ceil(d / 7));
	if (nth.every((n) => n === nth[0] && n <= 4)) return `BYDAY=${nth[0]}${weekday}`;
	const monthLength = (w: Date) =>
		new Date(Date.UTC(w.getUTCFullYear(), w.getUTCMonth() + 1, 0)).getUTCDate();
	if (walls.every((w) => w.getUTCDate() > monthLength(w) - 7)) return `BYDAY=-1${weekday}`;
	const [first, last] = [Math.min(...days), Math.max(...days)];
	// Only when all seven days were seen is the rule's first day known.
	if (last - first !== 6) return null;
	const monthDays = Array.from({ length: 7 }, (_, i) => first + i);
	return `BYMONTHDAY=${monthDays.join(',')};BYDAY=${weekday}`;
}

/** A yearly RRULE for changes that fall once a year on one rule, or null. */
function yearlyRule(onsets: Change[], walls: Date[], lastYear: number): string | null {
	// Two years are too few to tell a rule from a coincidence.
	if (walls.length < 3) return null;
	const clock = (w: Date) => localDateTime(w).slice(9);
	const sameMonthAndClock = walls.every(
		(w, i) =>
			w.getUTCMonth() === walls[0].getUTCMonth() &&
			w.getUTCDay() === walls[0].getUTCDay() &&
			clock(w) === clock(walls[0]) &&
			w.getUTCFullYear() === walls[0].getUTCFullYear() + i
	);
	const byDay = sameMonthAndClock ? yearlyDay(walls) : null;
	if (!byDay) return null;
	const rule = `FREQ=YEARLY;BYMONTH=${walls[0].getUTCMonth() + 1};${byDay}`;
	const ongoing = walls.at(-1)!.getUTCFullYear() === lastYear;
	// A rule the zone stops using ends at its last change (UNTIL in UTC, as section 3.3.10 asks).
	return ongoing ? rule : `${rule};UNTIL=${utcDateTime(onsets.at(-1)!.at)}`;
}

/**
 * The VTIMEZONE of an IANA zone for events from `fromYear` to `toYear`: a fixed offset as one
 * STANDARD; changes that follow a yearly rule as STANDARD and DAYLIGHT with an RRULE; any other
 * changes as the dates they fall on (RDATE), which the zone keeps after the last of them.
 */
export function timeZoneLines(zone: string, fromYear: number, toYear: number): string[] {
	const start = Date.UTC(fromYear, 0, 1);
	const found = changes(zone, start, Date.UTC(toYear + 1, 0, 1));
	const groups = new Map<string, Change[]>();
	for (const change of found) {
		const key = `${change.from} ${change.to}`;
		groups.set(key, [...(groups.get(key) ?? []), change]);
	}
	const observances: { first: number; lines: string[] }[] = [];
	let irregular = false;
	for (const onsets of groups.values()) {
		const { from, to } = onsets[0];
		// Local time before the change, as section 3.6.5 asks of an observance's onsets.
		const walls = onsets.map((c) => new Date(c.at + from * minute));
		const rule = yearlyRule(onsets, walls, toYear);
		if (!rule || rule.includes('UNTIL=')) irregular = true;
		// The first onset is DTSTART and an RDATE too: libical and ical.js read only the RDATEs
		// once there are any (Apple Calendar writes its own zones so as well).
		const dates = rule ? [] : walls.map((w) => contentLine('RDATE', localDateTime(w)));
		observances.push({
			first: onsets[0].at,
			lines: component(to > from ? 'DAYLIGHT' : 'STANDARD', [
				contentLine('DTSTART', localDateTime(walls[0])),
				contentLine('TZOFFSETFROM', utcOffset(from)),
				contentLine('TZOFFSETTO', utcOffset(to)),
				...(rule ? [contentLine('RRULE', rule)] : dates)
			])
		});
	}
	// What holds from the start (all along, in a zone that never changes), unless yearly rules
	// that began in the year before any event already say it.
	if (found.length === 0 || irregular) {
		const offset = zoneOffset(start, zone);
		observances.unshift({
			first: start,
			lines: component('STANDARD', [
				contentLine('DTSTART', localDateTime(new Date(start + offset * minute))),
				contentLine('TZOFFSETFROM', utcOffset(offset)),
				contentLine('TZOFFSETTO', utcOffset(offset))
			])
		});
	}
	observances.sort((a, b) => a.first - b.first);
	return component('VTIMEZONE', [
		contentLine('TZID', zone),
		...observances.flatMap((o) => o.lines)
	]);
}
