import { clockMinutes, IcsInputError, type IcsEvent } from '$lib/domain/formats/ics';
import { alarmMinutes, dayBefore, type AlarmChoice } from './alarm';
import { reminderTitle } from './reminder-file';

// An event on a day the person knows, at a time if they know that too: what the next session,
// the next review and a goal's target share.

export interface DayEvent {
	/** The person's words for it, or the default title for its kind (calendarText.titles). */
	title: string;
	/** Its day, YYYY-MM-DD. */
	day: string;
	/** Its time of day, HH:MM; without one (or empty) it is a whole-day event. */
	time?: string;
	/** How long it lasts, with a time: an hour unless chosen. */
	minutes?: number;
	/** The IANA zone the person lives in; needed with a time. */
	zone?: string;
	/** An hour before an event at a time, the evening before a whole day; unless chosen. */
	alarm?: AlarmChoice;
}

export function dayEvent(input: DayEvent): Omit<IcsEvent, 'uid'> {
	const title = reminderTitle(input.title);
	const time = input.time || null;
	const startMinutes = time === null ? 0 : clockMinutes(time);
	if (startMinutes === null) throw new IcsInputError('not-a-time');
	if (time !== null && !input.zone) throw new IcsInputError('unknown-zone');
	const choice =
		input.alarm !== undefined ? input.alarm : time === null ? dayBefore : { minutesBefore: 60 };
	const alarm = alarmMinutes(choice, startMinutes);
	return {
		start: time === null ? { day: input.day } : { day: input.day, time, zone: input.zone! },
		...(time === null ? {} : { minutes: input.minutes ?? 60 }),
		summary: title,
		...(alarm === null ? {} : { alarm: { minutes: alarm, text: title } }),
		// Time set aside shows as busy; a whole day only marks the date.
		busy: time !== null
	};
}
