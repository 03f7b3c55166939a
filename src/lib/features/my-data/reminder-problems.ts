import { checkDay } from '$lib/domain/day-checks';
import { clockMinutes } from '$lib/domain/formats/ics';
import { reviewDaysAhead } from '$lib/domain/journey/review';
import { sessionDaysAhead } from '$lib/domain/journey/session-note';
import { dayMessage } from '$lib/ui/day-message';
import { calendarText as t } from './calendar-text';
import type { ReminderRequest } from './make-reminder';

// What is wrong with a reminder before its file is made, in words beside the field it is about,
// so that nothing is lost: the person mends the one field and presses again.

export interface ReminderProblems {
	days?: string;
	time?: string;
	/** The check-in's first day, the session's or the review's day. */
	day?: string;
	goal?: string;
}

/** A day that is today or later and within `daysAhead`, in the card's words ('' when fine). */
const dayToCome = (day: string, today: string, daysAhead: number) =>
	dayMessage(t.dayProblems, checkDay(day, { today, fromToday: true, daysAhead }));

const drop = (problems: ReminderProblems): ReminderProblems =>
	Object.fromEntries(Object.entries(problems).filter(([, words]) => words));

export function reminderProblems(request: ReminderRequest, today: string): ReminderProblems {
	switch (request.kind) {
		case 'checkin':
			return drop({
				days: request.days.length === 0 ? t.problems['no-days'] : '',
				time: clockMinutes(request.time) === null ? t.noTime : '',
				day: dayToCome(request.from, today, 366)
			});
		case 'session':
			return drop({
				// A browser's time field holds '' or a whole time; '' is a whole-day session.
				time: request.time && clockMinutes(request.time) === null ? t.problems['not-a-time'] : '',
				day: dayToCome(request.day, today, sessionDaysAhead.next)
			});
		case 'review':
			return drop({ day: dayToCome(request.day, today, reviewDaysAhead.next) });
		case 'goal':
			return drop({ goal: request.day ? '' : t.noGoal });
	}
}
