import { describe, expect, it } from 'vitest';
import { IcsInputError } from '$lib/domain/formats/ics';
import { checkinReminder, firstCheckinDay } from '$lib/domain/reminders/checkin-reminder';
import { calendarText } from '$lib/features/my-data/calendar-text';
import {
	alarmTrigger,
	occurrences,
	onlyEvent,
	parseCalendar,
	textValue,
	unfoldedLines,
	wallClock
} from '../formats/ics-reading';

const made = { now: new Date('2027-03-01T12:00:00Z'), uid: 'checkin@waymark.invalid' };
const base = {
	title: calendarText.titles.checkin,
	days: ['MO', 'WE', 'FR'] as const,
	time: '21:00',
	// A Saturday.
	from: '2027-03-20',
	zone: 'Europe/London'
};
const codeOf = (run: () => unknown) => {
	try {
		run();
	} catch (error) {
		return error instanceof IcsInputError ? error.code : 'other';
	}
	return null;
};

describe('a check-in reminder', () => {
	it('repeats on the chosen days at the chosen time, from the first of them', () => {
		const ics = checkinReminder(base, made);
		const lines = unfoldedLines(ics);
		expect(lines).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR');
		expect(lines).toContain('DTSTART;TZID=Europe/London:20270322T210000');
		const event = onlyEvent(ics);
		expect(event.summary).toBe('Time for me');
		expect(event.startDate.zone.tzid).toBe('Europe/London');
		expect(event.endDate.toString()).toBe('2027-03-22T21:15:00');
		const rule = event.component.getFirstPropertyValue('rrule') as unknown as {
			freq: string;
			parts: { BYDAY: string[] };
		};
		expect(rule.freq).toBe('WEEKLY');
		expect(rule.parts.BYDAY).toEqual(['MO', 'WE', 'FR']);
	});

	it('stays at 21:00 where the person lives when the clocks go forward', () => {
		const next = occurrences(onlyEvent(checkinReminder(base, made)), 5);
		expect(next.map((d) => wallClock(d, 'Europe/London'))).toEqual([
			'2027-03-22 21:00',
			'2027-03-24 21:00',
			'2027-03-26 21:00',
			// 28 March: summer time.
			'2027-03-29 21:00',
			'2027-03-31 21:00'
		]);
		expect(next.map((d) => d.getUTCHours())).toEqual([21, 21, 21, 20, 20]);
	});

	it('comes every day when all seven are chosen, through Sydney’s change in April', () => {
		const days = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
		const ics = checkinReminder(
			{ ...base, days, time: '08:30', from: '2027-04-03', zone: 'Australia/Sydney' },
			made
		);
		expect(unfoldedLines(ics)).toContain('RRULE:FREQ=DAILY');
		const next = occurrences(onlyEvent(ics), 3);
		expect(next.map((d) => wallClock(d, 'Australia/Sydney'))).toEqual([
			'2027-04-03 08:30',
			'2027-04-04 08:30',
			'2027-04-05 08:30'
		]);
		expect(next.map((d) => d.toISOString().slice(11, 16))).toEqual(['21:30', '22:30', '22:30']);
	});

	it('reminds as it starts unless another alarm is chosen, and then only that', () => {
		expect(alarmTrigger(onlyEvent(checkinReminder(base, made)))).toBe(0);
		const early = checkinReminder({ ...base, alarm: { minutesBefore: 10 } }, made);
		expect(alarmTrigger(onlyEvent(early))).toBe(-10);
		const none = onlyEvent(checkinReminder({ ...base, alarm: null }, made));
		expect(none.component.getAllSubcomponents('valarm')).toHaveLength(0);
	});

	it('says only the person’s title, and leaves their time free to others', () => {
		const ics = checkinReminder({ ...base, title: '  A cup of tea  ' }, made);
		expect(textValue(ics, 'SUMMARY')).toBe('A cup of tea');
		const event = onlyEvent(ics);
		expect(event.description).toBeNull();
		const alarm = event.component.getFirstSubcomponent('valarm')!;
		expect(alarm.getFirstPropertyValue('description')).toBe('A cup of tea');
		expect(unfoldedLines(ics)).toContain('TRANSP:TRANSPARENT');
		expect(unfoldedLines(ics)).toContain('CLASS:PRIVATE');
	});

	it('keeps a title that tries to start an event of its own inside its summary', () => {
		const title = 'Tea\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Mental health check-in\r\nUID:x';
		const ics = checkinReminder({ ...base, title }, made);
		expect(parseCalendar(ics).getAllSubcomponents('vevent')).toHaveLength(1);
		expect(unfoldedLines(ics).filter((l) => l.startsWith('SUMMARY'))).toHaveLength(1);
		expect(onlyEvent(ics).summary).toBe(title.replaceAll('\r\n', '\n'));
	});

	it('starts on the day it is given when that is one of the chosen days', () => {
		expect(firstCheckinDay('2027-03-22', ['MO'])).toBe('2027-03-22');
		expect(firstCheckinDay('2027-03-23', ['MO'])).toBe('2027-03-29');
		expect(firstCheckinDay('2027-12-31', ['SA'])).toBe('2028-01-01');
	});

	it('refuses what it cannot make into a reminder', () => {
		expect(codeOf(() => checkinReminder({ ...base, days: [] }, made))).toBe('no-days');
		expect(codeOf(() => checkinReminder({ ...base, time: '21.00' }, made))).toBe('not-a-time');
		expect(codeOf(() => checkinReminder({ ...base, title: '   ' }, made))).toBe('no-title');
		expect(codeOf(() => checkinReminder({ ...base, from: '2027-02-29' }, made))).toBe('not-a-day');
		expect(codeOf(() => checkinReminder({ ...base, zone: 'Nowhere/Else' }, made))).toBe(
			'unknown-zone'
		);
		expect(codeOf(() => checkinReminder({ ...base, alarm: { minutesBefore: -5 } }, made))).toBe(
			'not-a-length'
		);
	});
});
