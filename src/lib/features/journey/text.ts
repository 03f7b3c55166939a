// Words of the journey's hub and the home screen's "coming up".
export const text = {
	title: 'My journey',
	lead: 'How I’m doing between sessions: check-ins, goals, session notes and reviews.',
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
	share: {
		heading: 'Share with my worker',
		body: 'A read-only summary of the parts I choose, sent as a link; or get ready for my review.',
		action: 'Share or prepare'
	},
	timeline: {
		link: 'Timeline: everything in order',
		title: 'Timeline',
		lead: 'Goals, progress, setbacks, check-ins, sessions and reviews, newest first.',
		show: 'Show',
		kinds: {
			goal: 'Goals begun',
			progress: 'Progress',
			setback: 'Setbacks',
			checkin: 'Check-ins',
			session: 'Sessions',
			review: 'Reviews'
		},
		item: {
			goal: (title: string) => `New goal: ${title || 'a goal'}`,
			progress: (title: string, detail: string) => `Progress ${detail} of 10: ${title || 'a goal'}`,
			setback: (title: string) => `Setback: ${title || 'a goal'}`,
			checkin: () => 'Check-in',
			session: (title: string) => (title ? `Session with ${title}` : 'Session'),
			review: (title: string) => (title ? 'Full review' : 'Review')
		},
		count: (shown: number, total: number) => `Showing ${shown} of ${total}.`,
		more: 'Show more',
		none: 'Nothing to show yet. As I check in, log progress and note sessions, it all appears here.',
		noneShown: 'Nothing of the kinds chosen. Tick more kinds above.',
		loading: 'Opening my journey…'
	}
} as const;
