import type { Weekday } from '$lib/domain/formats/ics';
import { checkinReminder } from '$lib/domain/reminders/checkin-reminder';
import { reminderFileName } from '$lib/domain/reminders/file-name';
import { goalReminder } from '$lib/domain/reminders/goal-reminder';
import type { Made } from '$lib/domain/reminders/reminder-file';
import { reviewReminder } from '$lib/domain/reminders/review-reminder';
import { sessionReminder } from '$lib/domain/reminders/session-reminder';
import type { ReviewSettings } from '$lib/domain/journey/review';
import { calendarText } from './calendar-text';
import { alarmChoice, eveningAt, type AlarmOption, type ReminderKind } from './reminder-options';

// What the calendar card asks for, made into the file: one request a kind of reminder, the
// title left empty standing for the kind's neutral default.

export type ReminderRequest =
	| {
			kind: 'checkin';
			title: string;
			days: readonly Weekday[];
			time: string;
			from: string;
			alarm: AlarmOption;
	  }
	| {
			kind: 'session';
			title: string;
			day: string;
			/** Empty for the whole day. */
			time: string;
			minutes: number;
			alarm: AlarmOption;
	  }
	| {
			kind: 'review';
			title: string;
			day: string;
			months: ReviewSettings['reviewMonths'];
			alarm: AlarmOption;
	  }
	| { kind: 'goal'; title: string; day: string };

/** How a calendar file is handed over; the charset, as some calendars read Latin-1 without it. */
export const calendarType = 'text/calendar;charset=utf-8';

export interface ReminderFile {
	name: string;
	contents: string;
}

/** The title that goes in the file: the person's words, or the kind's default. */
export function titleFor(kind: ReminderKind, title: string): string {
	return title.trim() || calendarText.titles[kind];
}

/** The request's .ics file and its name; throws IcsInputError for input no calendar could read. */
export function makeReminder(request: ReminderRequest, zone: string, made?: Made): ReminderFile {
	const title = titleFor(request.kind, request.title);
	return {
		name: reminderFileName(title, calendarText.titles[request.kind]),
		contents: reminderContents(request, title, zone, made)
	};
}

function reminderContents(request: ReminderRequest, title: string, zone: string, made?: Made) {
	switch (request.kind) {
		case 'checkin': {
			const { days, time, from, alarm } = request;
			return checkinReminder({ title, days, time, from, zone, alarm: alarmChoice(alarm) }, made);
		}
		case 'session': {
			const { day, time, minutes, alarm } = request;
			return sessionReminder({ title, day, time, minutes, zone, alarm: alarmChoice(alarm) }, made);
		}
		case 'review': {
			const { day, months, alarm } = request;
			const settings = { reviewMonths: months };
			return reviewReminder({ title, day, settings, alarm: alarmChoice(alarm) }, made);
		}
		case 'goal':
			return goalReminder({ title, day: request.day, alarmAt: eveningAt }, made);
	}
}
