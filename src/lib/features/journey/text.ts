// Words of the journey's hub and the home screen's "coming up".
export const text = {
	title: 'My journey',
	lead: 'How I’m doing between sessions: check-ins, goals, session notes and reviews.',
	checkin: {
		heading: 'Check in',
		body: 'A few taps: how I am today, and any signs I notice.',
		action: 'Check in now'
	},
	goals: {
		heading: 'My goals',
		body: 'What I’m working towards, and how it’s going.',
		action: 'Open my goals'
	},
	sessions: {
		heading: 'Sessions',
		body: 'Notes of my sessions, and what we agreed.',
		action: 'Open my session notes'
	},
	reviews: {
		heading: 'Reviews',
		body: 'When my plan is next looked at, and needs to raise.',
		action: 'Open my reviews'
	},
	comingUp: {
		heading: 'Coming up',
		review: (what: string, inDays: number) =>
			inDays < 0
				? `${what}. No rush: whenever I’m ready.`
				: `${what} (${inDays === 0 ? 'today' : inDays === 1 ? 'tomorrow' : `in ${inDays} days`})`,
		session: (day: string) => `Next session: ${day}`,
		checkedIn: (time: string) => `Checked in today at ${time}.`,
		checkin: 'Check in',
		goals: (n: number) => (n === 1 ? 'Working on 1 goal.' : `Working on ${n} goals.`),
		nothing: 'Nothing is due. Reviews, sessions and goals show here when they are.',
		open: 'My journey'
	}
} as const;
