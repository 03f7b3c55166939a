// Words of the plan screens (the sections' own words are in section-text.ts).
import type { DayWords } from '$lib/ui/day-message';
import { anyDayWords } from '$lib/ui/text';

export const text = {
	overview: {
		title: 'My recovery plan',
		lead: 'Write it in any order, in my own words. Everything saves as I type.',
		notStarted: 'Not started',
		progress: (written: number, parts: number) =>
			parts === 1 ? 'Written' : `${written} of ${parts} parts written`,
		changed: (when: string) => `Changed ${when}`,
		print: 'Print my plan',
		newHere: 'Where to begin',
		guided: 'Start with a short guided walk',
		guidedAbout:
			'Five questions about me and what helps me, one at a time. Or start with any section below: there is no right order.'
	},
	section: {
		back: 'My plan',
		notFound: 'There is no such part of the plan.',
		loadFailed: 'This part of my plan couldn’t be opened. Try again in a moment.',
		/** Said beside a day that cannot be right; the plan is still saved as it is. */
		dayProblem: {
			...anyDayWords,
			'in-future': 'That day hasn’t come yet. I can fill this in on the day.',
			'before-other':
				'This is before the day I signed it. A witness signs after me, or on the same day.'
		} satisfies DayWords,
		nhsNumberProblem: {
			length:
				'An NHS number has ten digits. Check it against a letter from the NHS or the NHS App.',
			check:
				'That isn’t a valid NHS number: a digit may be mistyped. Check it against a letter from the NHS or the NHS App.'
		},
		example: 'For example:',
		hideTips: 'Hide tips',
		showTips: 'Show tips',
		print: 'Print this section',
		printStatement: 'Print the statement to sign'
	},
	print: {
		title: 'Print my plan',
		choose: 'Sections to print',
		nothing: 'Nothing to print yet. Sections appear here once something is written in them.',
		paper:
			'Each section starts on a new page, with my name and today’s date at the top. It fits A4 and US Letter.',
		print: 'Print',
		preview: 'What will print',
		running: (name: string, day: string) =>
			name ? `${name} · My recovery plan · ${day}` : `My recovery plan · ${day}`,
		docTitle: (name: string) => (name ? `${name}’s recovery plan` : 'My recovery plan')
	},
	statement: {
		back: 'My advance statement',
		title: 'Print my advance statement',
		about:
			'Print it, sign and date it, and ask a witness to sign. Then note in my statement when it was signed and who holds a copy.',
		print: 'Print',
		preview: 'What will print',
		running: (name: string, day: string) =>
			name ? `${name} · Advance statement · printed ${day}` : `Advance statement · printed ${day}`,
		docTitle: 'Advance statement',
		intro: (name: string) =>
			`This is how ${name || 'I'} wish${name ? 'es' : ''} to be treated, and not treated, if ${name ? 'they become' : 'I become'} unwell and cannot decide for ${name ? 'themselves' : 'myself'}.`,
		signHeading: 'Signed',
		declaration: 'These are my wishes, made when I was well enough to decide them.',
		signature: 'Signature',
		printedName: 'Name',
		birthDate: 'Date of birth',
		nhsNumber: 'NHS number',
		date: 'Date',
		witnessHeading: 'Witness',
		witnessDeclaration: (name: string) =>
			`I saw ${name || 'the person named above'} sign this statement, and I believe they understood what it means.`,
		witnessName: 'Witness’s name',
		witnessRole: 'Witness’s role'
	},
	guided: {
		title: 'Getting started',
		step: (n: number, of: number) => `Question ${n} of ${of}`,
		prompts: [
			'A few words about myself as a person: what I do, what I love, what people know me for. Anything I like.',
			'People, places, beliefs or things I do that matter to me.',
			'What helps when someone supports me, and how I’d like them to go about it.',
			'How people behave with me: what helps, and what doesn’t.',
			'Things that help me stay well, or feel better when I don’t. Press Enter after each one.'
		],
		toolsLabel: 'My wellness toolbox',
		next: 'Next',
		back: 'Back',
		finish: 'See my plan',
		later: 'Finish later: go to my plan'
	},
	history: {
		heading: 'Earlier versions',
		none: 'No earlier versions yet. Each time I come back and change this section, the version before is kept here.',
		version: (when: string) => `Version of ${when}`,
		restore: 'Make this the current version',
		restored: 'The earlier version is now current. The one it replaced is kept here too.',
		empty: 'Nothing was written in this version.'
	}
};
