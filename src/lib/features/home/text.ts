// Words on the home screen.
import { plural } from '$lib/domain/locale';

export const text = {
	title: 'My recovery journal',
	lead: 'A private place to write my recovery plan in my own words, keep track of how I am doing between sessions, and share only what I choose with the people who support me.',
	plan: {
		heading: 'My recovery plan',
		body: 'About me, what keeps me well, my crisis plan, who supports me and my wishes, in my own words.',
		action: 'Open my plan'
	},
	write: {
		heading: 'Write',
		body: 'Put down what’s on my mind today, in my own words. Only I can read it.',
		action: 'Write in my journal'
	},
	promisesHeading: 'How Waymark looks after what I write',
	promises: [
		{
			title: 'It stays with me',
			body: 'There is no account. What I write stays on this device and is never sent to a server.'
		},
		{
			title: 'It works without a connection',
			body: 'Once Waymark has opened here, it opens again with no signal or Wi-Fi.'
		},
		{
			title: 'I can leave at once',
			body: 'Quick exit, at the top of every screen, hides Waymark and opens an ordinary page.'
		},
		{
			title: 'I choose what to share',
			body: 'Nobody sees any of it unless I decide to share a part of it myself.'
		}
	],
	nudge: {
		heading: 'A gentle note',
		missed:
			'There’s been a day or so without a check-in. That’s all right. Whenever I want to, a check-in takes a minute.',
		review: (day: string, inDays: number, full: boolean) =>
			`My ${full ? 'full review' : 'review'} is ${
				inDays === 0 ? 'today' : inDays === 1 ? 'tomorrow' : `on ${day}`
			}. I could look back at what has changed, and note what I want to say.`,
		checkin: 'Check in now',
		prepare: 'Get ready for my review',
		dismiss: 'Thanks, hide this'
	},
	comingUp: {
		heading: 'Coming up',
		review: (what: string, inDays: number) =>
			inDays < 0
				? `${what}. No rush: whenever I’m ready.`
				: inDays === 0
					? `${what} (today)`
					: inDays === 1
						? `${what} (tomorrow)`
						: plural(inDays, {
								one: `${what} (in ${inDays} day)`,
								other: `${what} (in ${inDays} days)`
							}),
		session: (day: string) => `Next session: ${day}`,
		checkedIn: (time: string) => `Checked in today at ${time}.`,
		checkin: 'Check in',
		goals: (n: number) => plural(n, { one: 'Working on 1 goal.', other: `Working on ${n} goals.` }),
		nothing: 'Nothing is due. Reviews, sessions and goals show here when they are.',
		open: 'My journey',
		prepare: 'Prepare for my review',
		/** The next review, as the reviews screen says it. */
		reviewDue: (day: string, full: boolean) => `${full ? 'Full review' : 'Review'} due ${day}`
	}
} as const;
