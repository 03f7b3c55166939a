import { clockMinutes, IcsInputError, weekdays, type Weekday } from '$lib/domain/formats/ics';
import { addDays, isRealDay } from '$lib/domain/journey/days';
import { alarmMinutes, type AlarmChoice } from './alarm';
import { reminderFile, reminderTitle, type Made } from './reminder-file';

// A check-in reminder that repeats: on the days of the week the person chose, at their time of
// day, in their time zone, so 21:00 stays 21:00 when the clocks change.

export interface CheckinReminder {
	/** The person's words for it, or calendarText.titles.checkin. */
	title: string;
	/** The days of the week it comes on; all seven make it daily. */
	days: readonly Weekday[];
	/** Its time of day, HH:MM. */
	time: string;
	/** The first day it may come on (YYYY-MM-DD); the first chosen day from then is its first. */
	from: string;
	/** The IANA zone the person lives in (the phone's own). */
	zone: string;
	/** How long it stands in the calendar: 15 minutes unless chosen. */
	minutes?: number;
	/** As it starts, unless chosen. */
	alarm?: AlarmChoice;
}

const weekdayOf = (day: string): Weekday =>
	weekdays[(new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7];

/** The first of the chosen days on or after `from`: a repeat must start on one of its own days. */
export function firstCheckinDay(from: string, days: readonly Weekday[]): string {
	if (!isRealDay(from)) throw new IcsInputError('not-a-day');
	if (days.length === 0) throw new IcsInputError('no-days');
	let day = from;
	while (!days.includes(weekdayOf(day))) day = addDays(day, 1);
	return day;
}

/** The check-in reminder's .ics file. */
export function checkinReminder(input: CheckinReminder, made: Made = {}): string {
	const title = reminderTitle(input.title);
	const start = clockMinutes(input.time);
	if (start === null) throw new IcsInputError('not-a-time');
	const alarm = alarmMinutes(input.alarm === undefined ? { minutesBefore: 0 } : input.alarm, start);
	return reminderFile(
		{
			start: { day: firstCheckinDay(input.from, input.days), time: input.time, zone: input.zone },
			minutes: input.minutes ?? 15,
			summary: title,
			repeat: { every: 'week', on: input.days },
			...(alarm === null ? {} : { alarm: { minutes: alarm, text: title } }),
			// A moment to myself, not an appointment: others looking for a free time still see one.
			busy: false
		},
		made
	);
}
