import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { writeCalendar } from '$lib/domain/formats/ics';
import { isKnownZone, timeZoneLines } from '$lib/domain/formats/ics-time-zone';
import { zoneOffset } from '$lib/domain/formats/zoned-time';
import { occurrences, onlyEvent, unfoldedLines, wallClock } from './ics-reading';

const stamp = new Date('2027-01-01T00:00:00Z');

/** A daily event at a local time, read back. */
function daily(zone: string, day: string, time = '21:00') {
	const ics = writeCalendar(
		[
			{
				uid: 'zone@waymark.invalid',
				start: { day, time, zone },
				summary: 'Time for me',
				repeat: { every: 'week', on: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] }
			}
		],
		stamp
	);
	return { ics, lines: unfoldedLines(ics), event: onlyEvent(ics) };
}

/** The observances of the file's VTIMEZONE, each as its unfolded lines. */
function observances(lines: string[]): string[][] {
	const found: string[][] = [];
	let current: string[] | null = null;
	for (const line of lines) {
		if (line === 'BEGIN:STANDARD' || line === 'BEGIN:DAYLIGHT') current = [line];
		else if (current && (line === 'END:STANDARD' || line === 'END:DAYLIGHT')) {
			found.push(current);
			current = null;
		} else current?.push(line);
	}
	return found;
}

const offsetNames = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset by Intl's own offset names ("GMT+5:30"), apart from the code under test. */
function intlOffset(zone: string, at: Date): number {
	let format = offsetNames.get(zone);
	if (!format) {
		format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
		offsetNames.set(zone, format);
	}
	const name = format.formatToParts(at).find((p) => p.type === 'timeZoneName')!.value;
	const match = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name)!;
	return match[1] ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/**
 * Whether ical.js, reading only the VTIMEZONE, puts the moment's wall-clock time (by Intl) back
 * at a moment with that wall-clock time: the same one, or its twin in the hour repeated when the
 * clocks go back. (Local time to UTC is what a calendar does with an event; ical.js's own UTC to
 * local conversion looks the UTC time up as if it were local, and is out near every change.)
 */
function icalAgrees(zone: ICAL.Timezone, name: string, moment: Date): boolean {
	const wall = wallClock(moment, name);
	const [year, month, day, hour, minute] = wall.split(/[- :]/).map(Number);
	const local = ICAL.Time.fromData({ year, month, day, hour, minute, second: 0 }, zone);
	return wallClock(new Date(local.toUnixTime() * 1000), name) === wall;
}

function icalZone(zone: string, fromYear: number, toYear: number): ICAL.Timezone {
	const text = ['BEGIN:VCALENDAR', ...timeZoneLines(zone, fromYear, toYear), 'END:VCALENDAR', ''];
	const calendar = new ICAL.Component(ICAL.parse(text.join('\r\n')));
	return new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!);
}

describe('a reminder’s time zone', () => {
	it('in Europe/London changes on the last Sundays of March and October', () => {
		const { lines, event } = daily('Europe/London', '2027-03-25');
		expect(lines).toContain('DTSTART;TZID=Europe/London:20270325T210000');
		expect(observances(lines)).toEqual([
			[
				'BEGIN:DAYLIGHT',
				'DTSTART:20260329T010000',
				'TZOFFSETFROM:+0000',
				'TZOFFSETTO:+0100',
				'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU'
			],
			[
				'BEGIN:STANDARD',
				'DTSTART:20261025T020000',
				'TZOFFSETFROM:+0100',
				'TZOFFSETTO:+0000',
				'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU'
			]
		]);
		expect(event.startDate.zone.tzid).toBe('Europe/London');
		// The clocks go forward on 28 March 2027: 21:00 stays 21:00, an hour earlier in UTC.
		const next = occurrences(event, 6);
		expect(next.map((d) => wallClock(d, 'Europe/London'))).toEqual([
			'2027-03-25 21:00',
			'2027-03-26 21:00',
			'2027-03-27 21:00',
			'2027-03-28 21:00',
			'2027-03-29 21:00',
			'2027-03-30 21:00'
		]);
		expect(next.map((d) => d.getUTCHours())).toEqual([21, 21, 21, 20, 20, 20]);
		// And back on 31 October.
		const autumn = occurrences(daily('Europe/London', '2027-10-30').event, 2);
		expect(autumn.map((d) => d.toISOString())).toEqual([
			'2027-10-30T20:00:00.000Z',
			'2027-10-31T21:00:00.000Z'
		]);
	});

	it('in Australia/Sydney has summer time from October to April', () => {
		const { lines, event } = daily('Australia/Sydney', '2027-04-02');
		const rules = observances(lines).map((o) => [o[0], o.find((l) => l.startsWith('RRULE'))]);
		expect(rules).toEqual([
			['BEGIN:STANDARD', 'RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU'],
			['BEGIN:DAYLIGHT', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU']
		]);
		// Summer time ends on 4 April 2027: 21:00 stays 21:00, an hour later in UTC.
		const next = occurrences(event, 4);
		expect(next.map((d) => wallClock(d, 'Australia/Sydney'))).toEqual([
			'2027-04-02 21:00',
			'2027-04-03 21:00',
			'2027-04-04 21:00',
			'2027-04-05 21:00'
		]);
		expect(next.map((d) => d.getUTCHours())).toEqual([10, 10, 11, 11]);
		const spring = occurrences(daily('Australia/Sydney', '2027-10-02').event, 2);
		expect(spring.map((d) => d.getUTCHours())).toEqual([11, 10]);
	});

	it('in Asia/Kolkata, without summer time, is one fixed offset', () => {
		const { lines, event } = daily('Asia/Kolkata', '2027-03-25');
		expect(observances(lines)).toEqual([
			['BEGIN:STANDARD', 'DTSTART:20260101T053000', 'TZOFFSETFROM:+0530', 'TZOFFSETTO:+0530']
		]);
		expect(lines.some((l) => l.startsWith('BEGIN:DAYLIGHT'))).toBe(false);
		for (const at of occurrences(event, 400).filter((_, i) => i % 50 === 0))
			expect(at.toISOString().slice(11, 16)).toBe('15:30');
	});

	it('in America/Sao_Paulo, which gave summer time up in 2019, is fixed as well', () => {
		const { lines } = daily('America/Sao_Paulo', '2027-01-10');
		expect(observances(lines)).toHaveLength(1);
		expect(lines).toContain('TZOFFSETTO:-0300');
	});

	it('writes a zone whose changes follow no yearly rule as their dates', () => {
		// Morocco leaves summer time for Ramadan, which moves through the year.
		const zone = icalZone('Africa/Casablanca', 2026, 2037);
		const lines = timeZoneLines('Africa/Casablanca', 2026, 2037);
		expect(lines.some((l) => l.startsWith('RDATE:'))).toBe(true);
		expect(lines.some((l) => l.startsWith('RRULE:'))).toBe(false);
		for (let day = Date.UTC(2027, 0, 1); day < Date.UTC(2037, 0, 1); day += 86_400_000 * 3) {
			expect(icalAgrees(zone, 'Africa/Casablanca', new Date(day + 43_200_000))).toBe(true);
		}
	});

	it('agrees with Intl in every zone it knows, at every change and between', () => {
		const zones = Intl.supportedValuesOf('timeZone');
		expect(zones.length).toBeGreaterThan(300);
		const hour = 3_600_000;
		const stride = 23 * 24 * hour + hour;
		const wrong: string[] = [];
		for (const name of zones) {
			if (!isKnownZone(name)) wrong.push(`${name} unknown`);
			const zone = icalZone(name, 2026, 2037);
			const moments: number[] = [];
			// Every 92 days at a shifting hour, and either side of each change Intl reports (looked
			// for every 23 days: Morocco's shortest spell lasts a month).
			for (let at = Date.UTC(2027, 0, 1), n = 0; at < Date.UTC(2037, 0, 1); at += stride, n++) {
				if (n % 4 === 0) moments.push(at);
				const offset = intlOffset(name, new Date(at));
				if (offset === intlOffset(name, new Date(at + stride))) continue;
				let [before, after] = [at, at + stride];
				while (after - before > 60_000) {
					const middle = Math.floor((before + after) / 2 / 60_000) * 60_000;
					if (intlOffset(name, new Date(middle)) === offset) before = middle;
					else after = middle;
				}
				moments.push(after - hour, after - 60_000, after, after + hour);
			}
			for (const at of moments) {
				const moment = new Date(at);
				if (!icalAgrees(zone, name, moment)) wrong.push(`${name} ${moment.toISOString()}`);
				if (zoneOffset(at, name) !== intlOffset(name, moment)) wrong.push(`${name} offset ${at}`);
			}
		}
		expect(wrong).toEqual([]);
	}, 60_000);

	it('refuses names Intl does not know, or that could break a line', () => {
		expect(isKnownZone('Europe/London')).toBe(true);
		expect(isKnownZone('Mars/Olympus_Mons')).toBe(false);
		expect(isKnownZone('Europe/London;X=1')).toBe(false);
		expect(isKnownZone('Europe/London\r\nBEGIN:VEVENT')).toBe(false);
		expect(isKnownZone('')).toBe(false);
	});
});
