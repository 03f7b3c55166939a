import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	durationValue,
	IcsInputError,
	newUid,
	productId,
	writeCalendar,
	type IcsEvent
} from '$lib/domain/formats/ics';
import { escapeText, foldLine } from '$lib/domain/formats/ics-lines';
import {
	alarmTrigger,
	occurrences,
	onlyEvent,
	parseCalendar,
	physicalLines,
	textValue,
	unfoldedLines,
	wallClock
} from './ics-reading';

const stamp = new Date('2027-03-01T09:30:05.250Z');
const event = (extra: Partial<IcsEvent> = {}): IcsEvent => ({
	uid: 'test-1@waymark.invalid',
	start: { day: '2027-03-22', time: '21:00', zone: 'Europe/London' },
	minutes: 15,
	summary: 'Time for me',
	...extra
});
const write = (extra: Partial<IcsEvent> = {}) => writeCalendar([event(extra)], stamp);
/** A whole-day event, for the many runs of a property (no time zone to write each time). */
const writeDay = (extra: Partial<IcsEvent>) => write({ start: { day: '2027-03-22' }, ...extra });
const octets = (line: string) => new TextEncoder().encode(line).length;

// Titles in several scripts and with characters of one to four octets, long enough to fold.
const titles = [
	'Time for me 🌙✨ '.repeat(8),
	'自分のための時間、ゆっくり休む。'.repeat(5),
	'זמן בשבילי — وقت لنفسي ‏(RTL)‏ '.repeat(5),
	'👩🏽‍💻🏳️‍🌈🇬🇧 family 👨‍👩‍👧‍👦'.repeat(6),
	'e\u0301 combining, 한국어 시간; back\\slash'.repeat(4)
];
const readable = fc.string({
	unit: fc.oneof(
		fc.constantFrom('a', ' ', 'é', '日', 'ש', 'ل', '😀', '👩🏽‍💻', '\\', ';', ',', ':', '\n', '\t'),
		fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })
	),
	maxLength: 200
});
/** Any code points, lone surrogates among them, with control characters often. */
const anyCharacters = fc.string({
	unit: fc
		.oneof(fc.integer({ min: 0, max: 0x9f }), fc.integer({ min: 0, max: 0x10ffff }))
		.map((code) => String.fromCodePoint(code)),
	maxLength: 120
});
/** What a TEXT value keeps: line breaks as \n, tabs, and no other control character. */
const kept = (s: string) =>
	Array.from(s.toWellFormed().replace(/\r\n?|[\u2028\u2029]/g, '\n'))
		.filter((c) => c === '\n' || c === '\t' || !/\p{Cc}/u.test(c))
		.join('');

describe('iCalendar content lines', () => {
	it('ends every line with CRLF and has no other line break', () => {
		const ics = write({ summary: 'One\ntwo\r\nthree\rfour', description: titles[0] });
		expect(ics.endsWith('\r\n')).toBe(true);
		expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
	});

	it('keeps every line within 75 octets, never cutting a character', () => {
		fc.assert(
			fc.property(readable, (title) => {
				for (const line of physicalLines(writeDay({ summary: title, description: title }))) {
					expect(octets(line)).toBeLessThanOrEqual(75);
					expect(line.isWellFormed()).toBe(true);
				}
			})
		);
		for (const title of titles)
			for (const line of physicalLines(write({ summary: title })))
				expect(octets(line)).toBeLessThanOrEqual(75);
	});

	it('folds a line only where it must, each continuation starting with one space', () => {
		const line = `SUMMARY:${'x'.repeat(200)}`;
		const folded = foldLine(line).split('\r\n');
		// 208 octets: 75, then a space and 74, then a space and the 59 left.
		expect(folded.map(octets)).toEqual([75, 75, 60]);
		expect(folded.slice(1).every((l) => l.startsWith(' ') && !l.startsWith('  '))).toBe(true);
		expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
		// A four-octet emoji that would cross octet 75 moves whole to the next line.
		const emoji = foldLine(`${'x'.repeat(73)}😀`).split('\r\n');
		expect(emoji).toEqual(['x'.repeat(73), ' 😀']);
	});

	it('gives back long titles in any script exactly once unfolded and unescaped', () => {
		for (const title of titles) {
			const ics = write({ summary: title });
			expect(textValue(ics, 'SUMMARY')).toBe(title);
			expect(onlyEvent(ics).summary).toBe(title);
		}
		fc.assert(
			fc.property(readable, (title) => {
				const ics = writeDay({ summary: title, description: title });
				expect(textValue(ics, 'SUMMARY')).toBe(kept(title));
				// An empty description is left out.
				expect(onlyEvent(ics).description ?? '').toBe(kept(title));
			})
		);
	});

	it('drops control characters of any kind but keeps tabs and line breaks', () => {
		fc.assert(
			fc.property(anyCharacters, (title) => {
				const ics = writeDay({ summary: title });
				expect(textValue(ics, 'SUMMARY')).toBe(kept(title));
				expect(unfoldedLines(ics).join('')).not.toMatch(/[^\P{Cc}\t]/u);
			})
		);
	});

	it('escapes backslash, semicolon, comma and each kind of line break', () => {
		expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
		expect(escapeText('one\r\ntwo\rthree\u2028four')).toBe('one\\ntwo\\nthree\\nfour');
		expect(escapeText('bell\u0007 esc\u001b del\u007f nul\0 tab\t')).toBe('bell esc del nul tab\t');
		expect(escapeText('lone \ud800 half')).toBe('lone \ufffd half');
	});
});

describe('the calendar and its event', () => {
	it('has VERSION, PRODID, CALSCALE and METHOD once each, in a balanced VCALENDAR', () => {
		const lines = unfoldedLines(write());
		for (const line of [
			'VERSION:2.0',
			`PRODID:${productId}`,
			'CALSCALE:GREGORIAN',
			'METHOD:PUBLISH'
		])
			expect(lines.filter((l) => l === line)).toHaveLength(1);
		expect(lines[0]).toBe('BEGIN:VCALENDAR');
		expect(lines.at(-1)).toBe('END:VCALENDAR');
		const open: string[] = [];
		for (const line of lines) {
			if (line.startsWith('BEGIN:')) open.push(line.slice(6));
			if (line.startsWith('END:')) expect(open.pop()).toBe(line.slice(4));
		}
		expect(open).toEqual([]);
	});

	it('has UID, DTSTAMP and DTSTART once in each event, DTSTAMP in UTC', () => {
		const ics = writeCalendar([event(), event({ uid: 'test-2@waymark.invalid' })], stamp);
		const events = unfoldedLines(ics)
			.join('\n')
			.split('BEGIN:VEVENT')
			.slice(1)
			.map((block) => block.split('\n'));
		expect(events).toHaveLength(2);
		for (const lines of events)
			for (const name of ['UID', 'DTSTAMP', 'DTSTART'])
				expect(
					lines.filter((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`))
				).toHaveLength(1);
		expect(unfoldedLines(ics).filter((l) => l.startsWith('DTSTAMP:'))).toEqual([
			'DTSTAMP:20270301T093005Z',
			'DTSTAMP:20270301T093005Z'
		]);
	});

	it('reads back as written: summary, start in its zone, end and alarm', () => {
		const ics = write({ alarm: { minutes: -30, text: 'Soon' }, description: 'Tea; then rest' });
		const parsed = onlyEvent(ics);
		expect(parsed.uid).toBe('test-1@waymark.invalid');
		expect(parsed.summary).toBe('Time for me');
		expect(parsed.description).toBe('Tea; then rest');
		expect(parsed.startDate.zone.tzid).toBe('Europe/London');
		expect(parsed.startDate.toString()).toBe('2027-03-22T21:00:00');
		expect(parsed.endDate.toString()).toBe('2027-03-22T21:15:00');
		expect(alarmTrigger(parsed)).toBe(-30);
		const alarm = parsed.component.getFirstSubcomponent('valarm')!;
		expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
		expect(alarm.getFirstPropertyValue('description')).toBe('Soon');
	});

	it('ends an event that runs past midnight on the next day', () => {
		const parsed = onlyEvent(
			write({ start: { day: '2027-12-31', time: '23:30', zone: 'UTC' }, minutes: 60 })
		);
		expect(parsed.endDate.toString()).toBe('2028-01-01T00:30:00');
	});

	it('writes a whole day as VALUE=DATE ending on the next day', () => {
		const ics = write({ start: { day: '2027-12-31' } });
		const lines = unfoldedLines(ics);
		expect(lines).toContain('DTSTART;VALUE=DATE:20271231');
		expect(lines).toContain('DTEND;VALUE=DATE:20280101');
		expect(lines.some((l) => l.startsWith('BEGIN:VTIMEZONE'))).toBe(false);
		const parsed = onlyEvent(ics);
		expect(parsed.startDate.isDate).toBe(true);
		expect(parsed.endDate.toString()).toBe('2028-01-01');
	});

	it('keeps the event private and, when asked, free', () => {
		expect(unfoldedLines(write())).toContain('CLASS:PRIVATE');
		expect(unfoldedLines(write())).not.toContain('TRANSP:TRANSPARENT');
		expect(unfoldedLines(write({ busy: false }))).toContain('TRANSP:TRANSPARENT');
	});

	it('writes chosen days of the week as WEEKLY, Monday first, and all seven as DAILY', () => {
		const weekly = onlyEvent(write({ repeat: { every: 'week', on: ['FR', 'MO', 'WE'] } }));
		const rule = weekly.component.getFirstPropertyValue('rrule') as unknown as {
			toString(): string;
		};
		expect(rule.toString()).toBe('FREQ=WEEKLY;BYDAY=MO,WE,FR');
		const all = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
		expect(unfoldedLines(write({ repeat: { every: 'week', on: all } }))).toContain(
			'RRULE:FREQ=DAILY'
		);
	});

	it('repeats monthly on the start’s day, and from a 31st on each month’s last day', () => {
		const repeat = { every: 'month', interval: 3 } as const;
		const plain = onlyEvent(write({ start: { day: '2027-01-15' }, repeat }));
		expect(occurrences(plain, 3).map((d) => d.toISOString().slice(0, 10))).toEqual([
			'2027-01-15',
			'2027-04-15',
			'2027-07-15'
		]);
		const late = write({ start: { day: '2027-01-31' }, repeat });
		expect(unfoldedLines(late)).toContain('RRULE:FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1');
		const day = (d: Date) => wallClock(d, 'UTC').slice(0, 10);
		expect(occurrences(onlyEvent(late), 4).map(day)).toEqual([
			'2027-01-31',
			'2027-04-30',
			'2027-07-31',
			'2027-10-31'
		]);
		// The 30th stays the 30th; a February in the series is the one month missed.
		const thirtieth = write({ start: { day: '2027-11-30' }, repeat });
		expect(unfoldedLines(thirtieth)).toContain('RRULE:FREQ=MONTHLY;INTERVAL=3');
		expect(occurrences(onlyEvent(thirtieth), 3).map(day)).toEqual([
			'2027-11-30',
			'2028-05-30',
			'2028-08-30'
		]);
	});

	it('writes alarm offsets as durations with calendar days', () => {
		expect(durationValue(0)).toBe('PT0S');
		expect(durationValue(-30)).toBe('-PT30M');
		expect(durationValue(-360)).toBe('-PT6H');
		expect(durationValue(540)).toBe('PT9H');
		expect(durationValue(-1500)).toBe('-P1DT1H');
		expect(durationValue(-2880)).toBe('-P2D');
		expect(durationValue(-1441)).toBe('-P1DT1M');
	});

	it('refuses what no calendar could read the same way', () => {
		const refused = (extra: Partial<IcsEvent>) => {
			try {
				write(extra);
			} catch (error) {
				return error instanceof IcsInputError ? error.code : 'other';
			}
			return null;
		};
		const at = (day: string, time: string, zone = 'Europe/London') => ({
			start: { day, time, zone }
		});
		expect(refused({ start: { day: '2027-02-30' } })).toBe('not-a-day');
		expect(refused(at('2027-03-01', '24:00'))).toBe('not-a-time');
		expect(refused(at('2027-03-01', '9:00'))).toBe('not-a-time');
		expect(refused(at('2027-03-01', '09:00', 'Mars/Olympus_Mons'))).toBe('unknown-zone');
		expect(refused(at('2027-03-01', '09:00', 'Europe/London:evil'))).toBe('unknown-zone');
		expect(refused({ minutes: 0 })).toBe('not-a-length');
		expect(refused({ repeat: { every: 'week', on: [] } })).toBe('no-days');
		expect(refused({ repeat: { every: 'month', interval: 0 } })).toBe('not-an-interval');
	});

	it('makes UIDs that are random and name no one', () => {
		const [a, b] = [newUid(), newUid()];
		expect(a).toMatch(/^[0-9a-f]{32}@waymark\.invalid$/);
		expect(a).not.toBe(b);
	});
});

describe('a hostile title', () => {
	const hostile =
		'Hi\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil\r\nSUMMARY:Injected\r\nATTACH:https://evil.example/x\r\n' +
		'BEGIN:VALARM\nTRIGGER:-PT1M\nEND:VALARM\n;TZID=X:,\\';

	it('cannot add a property or a component', () => {
		const ics = write({ summary: hostile, description: hostile });
		const lines = unfoldedLines(ics);
		expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
		expect(lines.filter((l) => l.startsWith('BEGIN:VALARM'))).toHaveLength(0);
		expect(lines.some((l) => /^(ATTACH|UID:evil|SUMMARY:Injected)/.test(l))).toBe(false);
		const calendar = parseCalendar(ics);
		expect(calendar.getAllSubcomponents('vevent')).toHaveLength(1);
		const parsed = onlyEvent(ics);
		expect(parsed.uid).toBe('test-1@waymark.invalid');
		expect(parsed.summary).toBe(kept(hostile));
		expect(parsed.component.getAllProperties('attach')).toHaveLength(0);
		expect(parsed.component.getAllSubcomponents('valarm')).toHaveLength(0);
	});
});
