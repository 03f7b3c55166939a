import { defaultAlarmAt } from './alarm';
import { dayEvent } from './day-event';
import { reminderFile, type Made } from './reminder-file';

// A goal's target date as a whole-day event with one alarm the day before. It takes the day
// alone, never the goal: the goal's title stays in the journal, and the calendar shows the
// person's own words for the day (by default calendarText.titles.goal, "A day I planned for").

export interface GoalReminder {
	title: string;
	/** The goal's targetDate, YYYY-MM-DD. */
	day: string;
	/** The time of day, HH:MM, the alarm comes the day before: 18:00 unless chosen. */
	alarmAt?: string;
}

export function goalReminder(input: GoalReminder, made: Made = {}): string {
	const alarm = { daysBefore: 1, at: input.alarmAt ?? defaultAlarmAt };
	return reminderFile(dayEvent({ title: input.title, day: input.day, alarm }), made);
}
