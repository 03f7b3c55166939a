// Words of the reminders the person adds to their own calendar (domain/reminders). A calendar is
// often seen by others and kept on a company's servers, so the default titles say nothing of
// what a reminder is for; the person can write their own in the title field.
import type { DayProblem } from '$lib/domain/day-checks';
import type { IcsProblem } from '$lib/domain/formats/ics';
import { plural } from '$lib/domain/locale';
import type { DayWords } from '$lib/ui/day-message';
import { anyDayWords } from '$lib/ui/text';
import type { AlarmOption, ReminderKind, SessionLength } from './reminder-options';

/** A day that must be today or later, and not so far ahead it must be a slip. */
const dayToCome = {
	...anyDayWords,
	missing: 'Choose a day.',
	'in-past': 'That day has already gone. Choose today or a day to come.',
	'too-late': 'That day is years away. Check the year.'
} satisfies DayWords & Partial<Record<DayProblem, string>>;

export const calendarText = {
	/** The titles a reminder has until the person writes their own. */
	titles: {
		checkin: 'Time for me',
		session: 'My appointment',
		review: 'Looking back and ahead',
		goal: 'A day I planned for'
	} satisfies Record<ReminderKind, string>,
	heading: 'Reminders on my own calendar',
	lead: 'Waymark can’t promise to remind me at a set time: an app in a browser can’t ring by itself. My phone’s calendar can, so each of these makes a small file that adds a reminder to it.',
	privacy:
		'Other people may see my calendar, and it may be kept on a company’s servers. Only the title I choose goes in the file, nothing from my journal, so I pick words I’m happy for anyone to see.',
	kind: 'Which reminder',
	kinds: {
		checkin: {
			label: 'A regular time for my check-in',
			hint: 'Repeats on the days and at the time I choose.'
		},
		session: { label: 'My next session', hint: 'The day my session notes say, or one I choose.' },
		review: {
			label: 'My next review, and every one after it',
			hint: 'In the rhythm I chose for my reviews.'
		},
		goal: { label: 'The day I planned a goal for', hint: 'A goal’s target date.' }
	} satisfies Record<ReminderKind, { label: string; hint: string }>,
	titleLabel: 'Title in my calendar',
	titleHint: (fallback: string) =>
		`If I leave it empty, it says “${fallback}”. Nothing from my journal goes in the file, only this title.`,
	days: 'On these days',
	everyDay: 'Every day',
	time: 'At what time',
	from: 'Starting from',
	zone: (zone: string) => `Times are in ${zone}, this phone’s time zone.`,
	session: {
		fromNotes: (day: string) =>
			`My session notes say my next session is on ${day}. I can change the day here.`,
		none: 'My session notes don’t say when my next session is, so I choose the day.',
		day: 'Day of my next session',
		time: 'Time, if I know it',
		timeHint: 'Left empty, the reminder is for the whole day.'
	},
	review: {
		fromReviews: (day: string) => `My reviews say the next one is due on ${day}.`,
		none: 'I haven’t noted a review yet, so the first is counted from today.',
		day: 'Day of my next review',
		everyMonths: (months: number) =>
			plural(months, {
				one: 'Then every month from that day, as my review settings say.',
				other: `Then every ${months} months from that day, as my review settings say.`
			})
	},
	goal: {
		which: 'Which goal',
		hint: 'The goal’s name stays in Waymark: my calendar shows only the title below.',
		on: (day: string) => `Planned for ${day}`,
		untitled: 'A goal without a name',
		none: 'None of my goals has a target date still to come. I can give a goal one on its page.',
		link: 'Go to my goals',
		alarm: (at: string) => `My calendar reminds me the evening before, at ${at}.`
	},
	length: 'How long',
	lengths: {
		30: '30 minutes',
		45: '45 minutes',
		60: '1 hour',
		90: '1½ hours',
		120: '2 hours'
	} satisfies Record<SessionLength, string>,
	alarm: 'Remind me',
	alarms: {
		start: () => 'As it starts',
		'15': () => '15 minutes before',
		'60': () => 'An hour before',
		evening: (at: string) => `The evening before, at ${at}`,
		morning: (at: string) => `On the day, at ${at}`,
		none: () => 'No alert'
	} satisfies Record<AlarmOption, (at: string) => string>,
	save: 'Add to my calendar',
	working: 'Making the file…',
	saved: (name: string) => `Saved ${name}. Open it to add it to my calendar app.`,
	shared: (name: string) =>
		`Handed ${name} to the share sheet. Choosing my calendar app there adds it.`,
	cancelled: 'Nothing was saved: the share sheet was closed.',
	failed: 'The file could not be made. Nothing in my journal was changed.',
	loadFailed:
		'My journal couldn’t be read for this just now, so only the check-in reminder can be made. Try again in a moment.',
	afterSave:
		'Making a reminder again adds a second one, so I remove the old one from my calendar first.',
	ownAlerts:
		'Some calendars, Google Calendar among them, use their own alerts instead of the one in the file.',
	noTime: 'Choose a time of day for it.',
	noGoal: 'Choose a goal.',
	dayProblems: dayToCome,
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
