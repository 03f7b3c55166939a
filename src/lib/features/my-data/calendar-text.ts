// Words of the reminders the person adds to their own calendar (domain/reminders). A calendar is
// often seen by others and kept on a company's servers, so the default titles say nothing of
// what a reminder is for; the person can write their own in the title field.
import type { IcsProblem } from '$lib/domain/formats/ics';
import { plural } from '$lib/domain/locale';

export const calendarText = {
	/** The titles a reminder has until the person writes their own. */
	titles: {
		checkin: 'Time for me',
		session: 'My appointment',
		review: 'Looking back and ahead',
		goal: 'A day I planned for'
	},
	heading: 'Reminders in my calendar',
	lead: 'Waymark can’t ring at a set time by itself. A calendar on my phone can: each of these makes a file that adds a reminder to it.',
	privacy:
		'Other people may see my calendar, and it may be kept on a company’s servers. Only the title goes in the file, so I choose words I’m happy for anyone to see.',
	titleLabel: 'Title in my calendar',
	titleHint: 'Nothing from my journal goes in the file, only this title.',
	kinds: {
		checkin: 'A regular time for my check-in',
		session: 'My next session',
		review: 'My next review, and every one after it',
		goal: 'The day I planned a goal for'
	},
	days: 'On these days',
	everyDay: 'Every day',
	time: 'At',
	from: 'Starting from',
	noTime: 'No set time (all day)',
	length: 'How long',
	alarmBefore: 'Remind me before',
	alarmDayBefore: 'Remind me the day before, at',
	noAlarm: 'No alert',
	zone: (zone: string) => `Times are in ${zone}, this phone’s time zone.`,
	everyMonths: (months: number) =>
		plural(months, { one: 'Every month from then', other: `Every ${months} months from then` }),
	save: 'Add to my calendar',
	afterSave:
		'Open the file to add it. Making it again adds a second reminder, so remove the old one from my calendar first.',
	ownAlerts:
		'Some calendars, Google Calendar among them, use their own alerts instead of the one in the file.',
	problems: {
		'no-title': 'Give the reminder a title. It can be any words I like.',
		'not-a-day': 'That isn’t a day on the calendar. Check the date.',
		'not-a-time': 'That isn’t a time of day. Check the hours and minutes.',
		'unknown-zone':
			'This phone doesn’t say which time zone it is in, so the time can’t be set. Try without a time.',
		'no-days': 'Choose at least one day of the week.',
		'not-a-length': 'Check how long it lasts, or how early to remind me.',
		'not-an-interval': 'Check how many months apart the reviews are.'
	} satisfies Record<IcsProblem, string>
};
