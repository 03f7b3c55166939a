import { addDays, isRealDay } from '$lib/domain/journey/days';
import { component, contentLine, CRLF, escapeText, foldLine } from './ics-lines';
import { isKnownZone, localDateTime, timeZoneLines } from './ics-time-zone';

// A small writer of iCalendar files (RFC 5545) for reminders the person adds to their own
// calendar app: events at a time of day or on a whole day, repeating or not, with one alarm.
// A PWA cannot promise a notification at a set time without a push server; a calendar can.

export type Weekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';
/** The days of the week, Monday first, as RRULE writes them. */
export const weekdays: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** When an event starts: a whole day (YYYY-MM-DD), or a time of day (HH:MM) in an IANA zone. */
export type IcsStart = { day: string } | { day: string; time: string; zone: string };

export type IcsRepeat =
	/** On these days of every week; all seven are written as every day. */
	| { every: 'week'; on: readonly Weekday[] }
	/** Every `interval` months on the start's day, or the month's last day when it has none. */
	| { every: 'month'; interval: number };

export interface IcsAlarm {
	/** Minutes on the clock from the event's start (from midnight, for a whole day); negative before. */
	minutes: number;
	/** What the alarm shows (ACTION:DISPLAY needs words). */
	text: string;
}

export interface IcsEvent {
	/** Globally unique (section 3.8.4.7); see newUid. */
	uid: string;
	start: IcsStart;
	/** How long an event at a time lasts; a whole-day event lasts its day. */
	minutes?: number;
	summary: string;
	description?: string;
	repeat?: IcsRepeat;
	alarm?: IcsAlarm;
	/** Whether it shows the person as busy to those who see their calendar's free and busy times. */
	busy?: boolean;
}

export type IcsProblem =
	| 'no-title'
	| 'not-a-day'
	| 'not-a-time'
	| 'unknown-zone'
	| 'no-days'
	| 'not-a-length'
	| 'not-an-interval';

/** Input no calendar could read the same way; its words are the caller's. */
export class IcsInputError extends Error {
	override name = 'IcsInputError';
	constructor(readonly code: IcsProblem) {
		super(`Cannot write this calendar event: ${code}`);
	}
}

/** The product that made the file (section 3.7.3); calendars keep it, few show it. */
export const productId = '-//Waymark//Reminders//EN';

/**
 * A random UID. Random rather than made from the reminder: a UID built from its days and time
 * would be the same for everyone who picks them, so not unique across the calendar servers it
 * syncs to, and one built from anything of the person's would be an identifier kept on those
 * servers. The cost: a second file for the same reminder adds a second event, not a change.
 */
export function newUid(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(16));
	const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
	return `${hex}@waymark.invalid`;
}

/** Minutes after midnight of a time of day written HH:MM (00:00 to 23:59), or null. */
export function clockMinutes(time: string): number | null {
	const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
	return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** A day and minutes after its midnight (any number, any sign) as a wall-clock moment. */
const wallMoment = (day: string, minutes: number) =>
	new Date(Date.parse(`${day}T00:00:00Z`) + minutes * 60_000);

const dateValue = (day: string) => day.replaceAll('-', '');
const utcStamp = (at: Date) => `${localDateTime(at)}Z`;

/** A DURATION (section 3.3.6) of whole minutes, with days as calendar days. */
export function durationValue(minutes: number): string {
	if (minutes === 0) return 'PT0S';
	const size = Math.abs(minutes);
	const [days, hours, mins] = [Math.floor(size / 1440), Math.floor((size % 1440) / 60), size % 60];
	const time = `${hours ? `${hours}H` : ''}${mins ? `${mins}M` : ''}`;
	return `${minutes < 0 ? '-' : ''}P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}

function repeatRule(repeat: IcsRepeat, startDay: string): string {
	if (repeat.every === 'week') {
		if (repeat.on.length === 0) throw new IcsInputError('no-days');
		const on = weekdays.filter((d) => repeat.on.includes(d));
		return on.length === 7 ? 'FREQ=DAILY' : `FREQ=WEEKLY;BYDAY=${on.join(',')}`;
	}
	if (!Number.isInteger(repeat.interval) || repeat.interval < 1 || repeat.interval > 120)
		throw new IcsInputError('not-an-interval');
	return monthlyRule(startDay, repeat.interval);
}

/**
 * Every `interval` months on the start's day. A plain rule skips a month without that day
 * (section 3.3.10), so a start on the 31st repeats on each month's last day (31 January, 30
 * April, 31 July), as a person counting on a calendar would. A 29th or 30th keeps the plain
 * rule, and misses a February the series falls in: the exact rule needs BYSETPOS, which ical.js
 * (and so Thunderbird) expands into extra days, and Outlook cannot hold.
 */
function monthlyRule(startDay: string, interval: number): string {
	const rule = `FREQ=MONTHLY;INTERVAL=${interval}`;
	return startDay.endsWith('-31') ? `${rule};BYMONTHDAY=-1` : rule;
}

function eventLines(event: IcsEvent, stamp: Date): string[] {
	const { start } = event;
	if (!isRealDay(start.day)) throw new IcsInputError('not-a-day');
	const lines = [
		contentLine('UID', escapeText(event.uid)),
		contentLine('DTSTAMP', utcStamp(stamp))
	];
	if ('time' in start) {
		const at = clockMinutes(start.time);
		if (at === null) throw new IcsInputError('not-a-time');
		if (!isKnownZone(start.zone)) throw new IcsInputError('unknown-zone');
		const minutes = event.minutes ?? 60;
		if (!Number.isInteger(minutes) || minutes < 1 || minutes > 24 * 60)
			throw new IcsInputError('not-a-length');
		const zone = { TZID: start.zone };
		lines.push(
			contentLine('DTSTART', localDateTime(wallMoment(start.day, at)), zone),
			contentLine('DTEND', localDateTime(wallMoment(start.day, at + minutes)), zone)
		);
	} else {
		// DTEND is exclusive, so a one-day event ends at the start of the next day (section 3.6.1).
		lines.push(
			contentLine('DTSTART', dateValue(start.day), { VALUE: 'DATE' }),
			contentLine('DTEND', dateValue(addDays(start.day, 1)), { VALUE: 'DATE' })
		);
	}
	if (event.repeat) lines.push(contentLine('RRULE', repeatRule(event.repeat, start.day)));
	lines.push(contentLine('SUMMARY', escapeText(event.summary)));
	if (event.description) lines.push(contentLine('DESCRIPTION', escapeText(event.description)));
	// Others who can see the calendar see that something is there, not what.
	lines.push(contentLine('CLASS', 'PRIVATE'));
	if (event.busy === false) lines.push(contentLine('TRANSP', 'TRANSPARENT'));
	const alarm = event.alarm;
	const alarmLines = alarm
		? component('VALARM', [
				contentLine('ACTION', 'DISPLAY'),
				contentLine('DESCRIPTION', escapeText(alarm.text)),
				contentLine('TRIGGER', durationValue(alarm.minutes))
			])
		: [];
	return component('VEVENT', [...lines, ...alarmLines]);
}

/**
 * A whole iCalendar file of these events, stamped with the moment it was made: every line
 * folded and ended with CRLF, with a VTIMEZONE for each zone an event's time is in.
 */
export function writeCalendar(events: IcsEvent[], stamp: Date): string {
	const eventBlocks = events.flatMap((event) => eventLines(event, stamp));
	const zones = new Map<string, number[]>();
	for (const { start } of events) {
		if (!('time' in start)) continue;
		zones.set(start.zone, [...(zones.get(start.zone) ?? []), Number(start.day.slice(0, 4))]);
	}
	// From the year before the first event, so the first change in force is in the file, to ten
	// years past the last: enough to tell a yearly rule from chance.
	const zoneBlocks = [...zones].flatMap(([zone, years]) =>
		timeZoneLines(zone, Math.min(...years) - 1, Math.max(...years) + 10)
	);
	const lines = component('VCALENDAR', [
		contentLine('VERSION', '2.0'),
		contentLine('PRODID', productId),
		contentLine('CALSCALE', 'GREGORIAN'),
		contentLine('METHOD', 'PUBLISH'),
		...zoneBlocks,
		...eventBlocks
	]);
	return lines.map((line) => foldLine(line) + CRLF).join('');
}
