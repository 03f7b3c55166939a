import { locale } from '$lib/domain/locale';
import { calendarText } from './calendar-text';
import {
	eveningAt,
	morningAt,
	reminderKinds,
	sessionLengths,
	type AlarmOption
} from './reminder-options';

// The calendar card's choices with their words, times written as the locale writes a time.

/** A time of day, HH:MM, as the person reads it: "18:00" (or "6:00 pm" in a 12-hour locale). */
export function formatClock(time: string): string {
	const [hours, minutes] = time.split(':').map(Number);
	return new Date(2000, 0, 1, hours, minutes).toLocaleTimeString(locale, { timeStyle: 'short' });
}

export const kindChoices = reminderKinds.map((value) => ({ value, ...calendarText.kinds[value] }));

export const lengthOptions = sessionLengths.map((value) => ({
	value,
	label: calendarText.lengths[value]
}));

export function alarmOptions(options: readonly AlarmOption[]) {
	return options.map((value) => ({
		value,
		label: calendarText.alarms[value](formatClock(value === 'morning' ? morningAt : eveningAt))
	}));
}
