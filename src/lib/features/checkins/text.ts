// Words of the check-in screens.
import { plural } from '$lib/domain/locale';
import type { WrapStage } from '$lib/domain/journey/wrap-stage';

export const text = {
	title: 'Check in',
	editTitle: 'Change a check-in',
	/** Today, or "that day" for a check-in from before. */
	lead: (today: boolean) =>
		`${today ? 'How am I today?' : 'How was I that day?'} A few taps is enough; everything else is optional.`,
	/** What the ends of a scale mean: the person's words, else the usual ones for its good end. */
	point: (n: number, scale: string) => `${scale}: ${n} of 5`,
	signs: {
		heading: 'Have I noticed any of my signs?',
		/** Today, or "that day" for a check-in from before. */
		hint: (today: boolean) =>
			`From my own plan. Tick any that fit ${today ? 'today' : 'that day'}.`,
		none: 'My plan has no triggers or warning signs written yet. When I add some, I can tick them here.',
		writeThem: 'Write my early warning signs',
		stage: {
			triggers: 'Triggers',
			'early-warning-signs': 'Early warning signs',
			'breaking-down': 'When things are breaking down'
		} satisfies Record<WrapStage, string>
	},
	plans: {
		heading: 'What I said I would do',
		intro: 'I planned for this. Here is what I wrote, in my own words.',
		stage: {
			triggers: 'When a trigger comes up',
			'early-warning-signs': 'When I notice early warning signs',
			'breaking-down': 'When things are breaking down'
		} satisfies Record<WrapStage, string>,
		noActions: 'I haven’t written what I’ll do for this yet.',
		writeActions: 'Add to my plan',
		people: 'People I can reach',
		worker: (name: string) => name || 'My worker'
	},
	afterHard: {
		heading: 'Help is here if I want it',
		body: 'I’ve checked in. If things are hard right now, these are one tap away.',
		helpNow: 'Help now',
		plan: 'My plan for when things are breaking down',
		crisisPlan: 'My crisis plan'
	},
	/** Today, or "that day" for a check-in from before. */
	helped: (today: boolean) => `What helped ${today ? 'today' : 'that day'}? (optional)`,
	note: 'Anything else? (optional)',
	when: 'When',
	whenHint: 'Change it to record a check-in from earlier.',
	save: 'Save check-in',
	saving: 'Saving…',
	saved: 'Check-in saved.',
	notSaved: 'This check-in couldn’t be saved. Nothing was changed; my answers are still here.',
	nothing: 'Answer at least one scale, tick a sign or write a few words first.',
	badWhen: 'Choose a date and time that has already happened.',
	tooEarly: 'That date is before 1900. Check the year.',
	delete: 'Delete this check-in',
	deleteTitle: 'Delete this check-in?',
	deleteBody: 'It is removed from my journal and my charts. This cannot be undone.',
	deleteConfirm: 'Delete',
	deleted: 'Check-in deleted.',
	keep: 'Keep it',
	missing: 'This check-in isn’t in my journal. It may have been deleted.',
	back: 'My journey',
	unread: (year: number, parts: number) =>
		plural(parts, {
			one: `1 part of my ${year} check-ins couldn’t be read. `,
			other: `${parts} parts of my ${year} check-ins couldn’t be read. `
		}) + 'Everything else is here, and new check-ins save as usual.',
	recent: {
		heading: 'Recent check-ins',
		none: 'No check-ins yet. They take a few seconds, and build a picture over time.',
		all: 'All check-ins',
		signs: (n: number) => plural(n, { one: '1 sign noticed', other: `${n} signs noticed` }),
		edit: (when: string) => `Change the check-in of ${when}`
	},
	monthly: {
		card: 'Monthly recovery check',
		cardBody:
			'Five questions, once a month if I like: how connected, hopeful and in charge of my life I feel.',
		doneThisMonth: (day: string) => `Done this month, on ${day}.`,
		open: 'Answer this month’s questions',
		change: 'Change this month’s answers',
		title: 'My monthly recovery check',
		lead: 'Five questions about my recovery, answered 1 to 5. All optional; one set a month.',
		hint: '1 is not at all, 5 is very much',
		point: (n: number, question: string) => `${question}: ${n} of 5`,
		questions: {
			connected: 'I feel connected to people who matter to me',
			hope: 'I feel hopeful about my future',
			identity: 'I feel good about who I am',
			meaning: 'My days have meaning and purpose',
			empowerment: 'I feel in charge of my life and my choices'
		},
		short: {
			connected: 'Connected',
			hope: 'Hope',
			identity: 'Who I am',
			meaning: 'Meaning',
			empowerment: 'In charge'
		},
		note: 'Anything to add? (optional)',
		save: 'Save this month’s answers',
		saved: 'Saved.',
		notSaved: 'My answers couldn’t be saved. Nothing was changed; they are still here.',
		nothing: 'Answer at least one question first.',
		past: 'Months before',
		pastCaption: 'My answers, month by month (1 to 5)',
		month: 'Month',
		none: 'No earlier months yet.'
	},
	charts: {
		link: 'How I’ve been: charts and calendar',
		title: 'How I’ve been',
		lead: 'My check-ins over time, in charts, in words and in numbers.',
		range: 'Show',
		ranges: { week: 'Week', month: 'Month', year: 'Year', all: 'All time' },
		none: 'No check-ins in this time yet.',
		loading: 'Opening my check-ins…',
		chartLabel: (range: string) => `Check-in scales over the last ${range}`,
		rangeWords: { week: 'week', month: 'month', year: 'year', all: 'all time' },
		period: {
			week: 'in the last week',
			month: 'in the last month',
			year: 'in the last year',
			all: 'since my first check-in'
		},
		/** A chart line drawn upside down, so that up is the good end on every line. */
		turnedLine: (name: string) => `${name} (drawn with 1 at the top)`,
		better: 'Better',
		harder: 'Harder',
		numbers: 'The numbers',
		numbersCaption: (byMonth: boolean) =>
			byMonth ? 'Average of each scale, month by month' : 'Average of each scale, day by day',
		when: 'When',
		calendar: 'Calendar',
		calendarCaption: (month: string) => `Check-ins in ${month}`,
		previous: 'Previous month',
		next: 'Next month',
		weekdays: 'Days of the week',
		dayCheckins: (n: number) => plural(n, { one: '1 check-in', other: `${n} check-ins` }),
		dayAverage: (scale: string, value: number) => `${scale} ${value}`,
		noCheckin: 'no check-in'
	},
	scales: {
		link: 'Change my scales',
		title: 'My check-in scales',
		lead: 'Name them in my own words, hide the ones I don’t use, put them in the order I like.',
		name: (n: number) => `Name of scale ${n}`,
		hidden: 'Hide',
		add: 'Add a scale',
		ends: {
			summary: (hint: string) => `What the ends mean: ${hint}`,
			goodEnd: (name: string) => `Which end of ${name || 'this scale'} is good for me?`,
			choice: (end: 1 | 5) => (end === 5 ? '5 is good' : '1 is good'),
			words: (end: 1 | 5) => `My words for ${end} (optional)`
		},
		newName: 'New scale',
		save: 'Save my scales',
		saved: 'Saved. Check-ins now use these scales.',
		needOne: 'Keep at least one scale showing.',
		needName: 'Give every scale a name.',
		notSaved: 'My scales couldn’t be saved. Nothing was changed.',
		reorder: {
			move: (name: string, place: number, of: number) =>
				`Move ${name || 'scale'}, ${place} of ${of}`,
			remove: (name: string) => `Remove ${name || 'scale'}`,
			moved: (name: string, place: number, of: number) =>
				`${name || 'Scale'} moved to ${place} of ${of}`,
			hint: 'Use the arrow keys to move it up or down.'
		}
	},
	/** The journey's card that starts a check-in. */
	start: {
		heading: 'Check in',
		body: 'A few taps: how I am today, and any signs I notice.',
		action: 'Check in now'
	}
} as const;
