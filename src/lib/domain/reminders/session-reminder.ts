import { dayEvent, type DayEvent } from './day-event';
import { reminderFile, type Made } from './reminder-file';

// The next session with my worker (a session note's nextDate): at its time for as long as it
// lasts, or as a whole day when I don't know the time yet.

export type SessionReminder = DayEvent;

/** The next session's .ics file; its title defaults to calendarText.titles.session. */
export function sessionReminder(input: SessionReminder, made: Made = {}): string {
	return reminderFile(dayEvent(input), made);
}
