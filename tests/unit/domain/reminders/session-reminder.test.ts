import { describe, expect, it } from 'vitest';
import { IcsInputError } from '$lib/domain/formats/ics';
import { sessionReminder } from '$lib/domain/reminders/session-reminder';
import { calendarText } from '$lib/features/my-data/calendar-text';
import {
	alarmTrigger,
	occurrences,
	onlyEvent,
	unfoldedLines,
	wallClock
} from '../formats/ics-reading';

const made = { now: new Date('2027-10-01T08:00:00Z'), uid: 'session@waymark.invalid' };
const title = calendarText.titles.session;

describe('the next session', () => {
	it('at a time lasts an hour and reminds an hour before, unless chosen', () => {
		const ics = sessionReminder(
			{ title, day: '2027-10-31', time: '14:30', zone: 'Europe/London' },
			made
		);
		const event = onlyEvent(ics);
		expect(event.summary).toBe('My appointment');
		expect(event.startDate.toString()).toBe('2027-10-31T14:30:00');
		expect(event.startDate.zone.tzid).toBe('Europe/London');
		expect(event.endDate.toString()).toBe('2027-10-31T15:30:00');
		expect(alarmTrigger(event)).toBe(-60);
		// 31 October is the first day of winter time.
		expect(occurrences(event, 1)[0].toISOString()).toBe('2027-10-31T14:30:00.000Z');
		expect(event.isRecurring()).toBe(false);
		// Time set aside for a session shows as busy.
		expect(unfoldedLines(ics)).not.toContain('TRANSP:TRANSPARENT');
	});

	it('at a time takes the length and alarm the person chose', () => {
		const event = onlyEvent(
			sessionReminder(
				{
					title,
					day: '2027-06-01',
					time: '09:00',
					minutes: 90,
					zone: 'Asia/Kolkata',
					alarm: { minutesBefore: 1440 }
				},
				made
			)
		);
		expect(event.endDate.toString()).toBe('2027-06-01T10:30:00');
		expect(alarmTrigger(event)).toBe(-1440);
		expect(wallClock(occurrences(event, 1)[0], 'Asia/Kolkata')).toBe('2027-06-01 09:00');
	});

	it('without a time is the whole day, with an alarm the evening before', () => {
		for (const time of [undefined, '']) {
			const ics = sessionReminder({ title, day: '2027-10-31', time, zone: 'Europe/London' }, made);
			const lines = unfoldedLines(ics);
			expect(lines).toContain('DTSTART;VALUE=DATE:20271031');
			expect(lines).toContain('DTEND;VALUE=DATE:20271101');
			expect(lines.some((l) => l.startsWith('BEGIN:VTIMEZONE'))).toBe(false);
			// 18:00 the day before is six hours before the day's midnight.
			expect(alarmTrigger(onlyEvent(ics))).toBe(-360);
		}
		const morning = sessionReminder(
			{ title, day: '2027-10-31', zone: 'Europe/London', alarm: { daysBefore: 0, at: '08:00' } },
			made
		);
		expect(alarmTrigger(onlyEvent(morning))).toBe(480);
	});

	it('holds no words but its title', () => {
		const ics = sessionReminder({ title: 'Seeing Sam', day: '2027-10-31', zone: 'UTC' }, made);
		const event = onlyEvent(ics);
		expect(event.summary).toBe('Seeing Sam');
		expect(event.description).toBeNull();
		const texts = unfoldedLines(ics).filter((l) =>
			/^(SUMMARY|DESCRIPTION|COMMENT|LOCATION)[:;]/.test(l)
		);
		expect(texts).toEqual(['SUMMARY:Seeing Sam', 'DESCRIPTION:Seeing Sam']);
	});

	it('needs a zone to be at a time', () => {
		expect(() => sessionReminder({ title, day: '2027-10-31', time: '10:00' }, made)).toThrow(
			IcsInputError
		);
		expect(() =>
			sessionReminder({ title, day: '2027-10-31', time: '25:00', zone: 'UTC' }, made)
		).toThrow(IcsInputError);
	});
});
