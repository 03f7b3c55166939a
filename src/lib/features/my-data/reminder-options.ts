import { dayBefore, defaultAlarmAt, type AlarmChoice } from '$lib/domain/reminders/alarm';

// The choices the calendar card offers, as the domain's builders take them: which reminder, how
// long a session lasts, and how early the calendar reminds me.

export const reminderKinds = ['checkin', 'session', 'review', 'goal'] as const;
export type ReminderKind = (typeof reminderKinds)[number];

/** A session's length in minutes; an hour unless chosen. */
export const sessionLengths = [30, 45, 60, 90, 120] as const;
export type SessionLength = (typeof sessionLengths)[number];

export type AlarmOption = 'start' | '15' | '60' | 'evening' | 'morning' | 'none';
/** For an event at a time of day, the first its default. */
export const timedAlarms: readonly AlarmOption[] = ['start', '15', '60', 'evening', 'none'];
/** For a whole day: a time before it starts would be the middle of the night before. */
export const dayAlarms: readonly AlarmOption[] = ['evening', 'morning', 'none'];

/** The evening before, and the morning of the day. */
export const eveningAt = defaultAlarmAt;
export const morningAt = '09:00';

export function alarmChoice(option: AlarmOption): AlarmChoice {
	switch (option) {
		case 'start':
			return { minutesBefore: 0 };
		case '15':
			return { minutesBefore: 15 };
		case '60':
			return { minutesBefore: 60 };
		case 'evening':
			return dayBefore;
		case 'morning':
			return { daysBefore: 0, at: morningAt };
		case 'none':
			return null;
	}
}

/** A calendar shows a line or two of a title; a longer one is cut off there. */
export const titleLimit = 100;
