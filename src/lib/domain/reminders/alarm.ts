import { clockMinutes, IcsInputError } from '$lib/domain/formats/ics';

// When the person's calendar should remind them of a reminder's event, as they chose it.

export type AlarmChoice =
	/** Before an event at a time of day; 0 is as it starts. */
	| { minutesBefore: number }
	/** Whole days before the event's day (0: on the day), at a time of day. */
	| { daysBefore: number; at: string }
	/** No alarm: the event alone. */
	| null;

/** The time of day an alarm the day before comes at, unless the person picks another. */
export const defaultAlarmAt = '18:00';
export const dayBefore: AlarmChoice = { daysBefore: 1, at: defaultAlarmAt };

/**
 * The alarm's minutes from the event's start, on the clock; `startMinutes` is the start's time
 * of day in minutes (0 for a whole day, whose alarm is counted from its midnight).
 */
export function alarmMinutes(choice: AlarmChoice, startMinutes: number): number | null {
	if (choice === null) return null;
	if ('minutesBefore' in choice) {
		const { minutesBefore } = choice;
		if (!Number.isInteger(minutesBefore) || minutesBefore < 0 || minutesBefore > 28 * 1440)
			throw new IcsInputError('not-a-length');
		return -minutesBefore;
	}
	const at = clockMinutes(choice.at);
	if (at === null) throw new IcsInputError('not-a-time');
	if (!Number.isInteger(choice.daysBefore) || choice.daysBefore < 0 || choice.daysBefore > 28)
		throw new IcsInputError('not-a-length');
	return at - choice.daysBefore * 1440 - startMinutes;
}
