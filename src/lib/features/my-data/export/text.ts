// Words of the files My data makes: column headers, headings, and the names of the parts a
// person can choose. Dates come in already formatted (zoned-dates.ts), in Waymark's locale.
import { formatNumber, locale, plural } from '$lib/domain/locale';
import type { GoalStatus } from '$lib/domain/journey/goal';

const list = new Intl.ListFormat(locale, { type: 'conjunction' });

export const text = {
	/** The parts of the journal a Markdown export can hold, as the screen offers them. */
	parts: {
		plan: 'My plan',
		goals: 'My goals',
		checkins: 'My check-ins',
		journal: 'My journal entries',
		sessions: 'My session notes',
		reviews: 'My reviews',
		needs: 'Needs not met at the moment'
	},
	document: {
		title: 'My Waymark journal',
		made: (when: string) => `Made on ${when} from the journal on my phone.`,
		notEncrypted:
			'This file is not encrypted. Anyone who opens it can read it, so I keep it somewhere only I can reach, and delete it when I no longer need it.',
		contents: 'What is in it',
		empty: 'Nothing is written yet in the parts I chose.',
		/** A label and what was written under it, on one line. */
		labelled: (label: string, value: string) => `${label}: ${value}`,
		facts: ' · '
	},
	checkins: {
		when: 'Date and time',
		scale: (name: string, goodEnd: 1 | 5 | null) =>
			goodEnd === null ? name : `${name} (${goodEnd} is good)`,
		unlistedScale: (id: string) => `A scale no longer in my list (${id})`,
		signs: 'Signs I ticked',
		/** One ticked sign with the part of the plan it is from. */
		sign: (stage: string, sign: string) => `${stage}: ${sign}`,
		signsBetween: '; ',
		helped: 'What helped',
		note: 'Note',
		/** A ticked sign in the Markdown, with the part of the plan after it. */
		signAfter: (stage: string, sign: string) => `${sign} (${stage})`,
		// The Markdown: a line for each check-in under its month.
		scalesRead: 'How my scales read',
		scaleRead: (name: string, goodEnd: 1 | 5 | null) =>
			goodEnd === null
				? `${name}: no longer in my list of scales`
				: goodEnd === 1
					? `${name}: 1 is good, 5 is hardest`
					: `${name}: 1 is low, 5 is good`,
		at: (day: string, clock: string) => `${day}, ${clock}`,
		score: (name: string, value: number) => `${name} ${value}`,
		scoresBetween: ', ',
		count: (n: number) => plural(n, { one: '1 check-in', other: `${formatNumber(n)} check-ins` })
	},
	goals: {
		untitled: 'A goal without words yet',
		status: {
			working: 'Working on it',
			achieved: 'Achieved',
			paused: 'Paused',
			'let-go': 'Let go'
		} satisfies Record<GoalStatus, string>,
		// The spreadsheet: a row for each goal, then one for each progress update and setback.
		columns: {
			goal: 'Goal',
			type: 'Type',
			day: 'Day',
			status: 'Where it stands',
			target: 'When I’d like to get there',
			stepsDone: 'Steps done',
			steps: 'Steps in all',
			why: 'Why it matters to me',
			progress: 'Progress (0 to 10)',
			note: 'How it’s going',
			happened: 'What happened',
			helped: 'What helped',
			gotInWay: 'What got in the way',
			learnt: 'What I learnt'
		},
		types: { goal: 'The goal', progress: 'Progress update', setback: 'Setback' },
		// The Markdown.
		progress: (now: number, furthest: number) =>
			now === furthest ? `Progress ${now} of 10` : `Progress ${now} of 10 (furthest ${furthest})`,
		noProgress: 'No progress logged yet',
		stepsDone: (done: number, of: number) => `${done} of ${of} steps done`,
		target: (day: string) => `Aiming for ${day}`,
		why: 'Why it matters to me',
		steps: 'Steps',
		support: 'Support I’d like',
		supportFrom: (what: string, who: string) => (who ? `${what} (from ${who})` : what),
		risks: 'Risks I’m choosing to take',
		risk: 'The risk',
		riskPlan: 'If it doesn’t go to plan, I will',
		journey: 'How it has gone',
		progressOn: (day: string, n: number) => `${day}: progress ${n} of 10`,
		setbackOn: (day: string) => `${day}: a setback`
	},
	plan: {
		lastChanged: (day: string) => `Last changed ${day}.`
	},
	sessions: {
		heading: (day: string, who: string) => (who ? `${day}, with ${who}` : day),
		talkedAbout: 'What we talked about',
		goals: 'Goals it related to',
		agreed: 'What we agreed for next time',
		next: (day: string) => `Next session: ${day}.`
	},
	reviews: {
		heading: (day: string, full: boolean) => `${full ? 'Full review' : 'Review'}, ${day}`,
		wentWell: 'What went well',
		needsChanged: 'What has changed in my needs and circumstances',
		planChanges: 'Changes we agreed to my plan',
		next: (day: string) => `Next review: ${day}.`
	},
	journal: {
		untitled: 'An entry without a title',
		written: (when: string) => `Written ${when}`,
		mood: (mood: string) => `Mood: ${mood}`,
		pinned: 'Pinned',
		about: (names: string[]) => `About ${list.format(names)}`
	},
	voice: {
		untitled: 'Voice note',
		/** The name of an audio file: the day and time it was recorded, then its title. */
		file: (day: string, clock: string, title: string) => `${day} ${clock} ${title}`,
		columns: {
			file: 'File',
			title: 'Title',
			recorded: 'Recorded',
			length: 'Length',
			note: 'Note'
		},
		cutShort: 'The recording was cut short when the page closed.',
		missing: 'The audio couldn’t be opened, so it isn’t in this zip.'
	},
	/** The names the files are saved under, with the day they were made (YYYY-MM-DD). */
	files: {
		checkins: (day: string) => `Waymark check-ins ${day}.csv`,
		goals: (day: string) => `Waymark goals ${day}.csv`,
		journal: (day: string) => `Waymark journal ${day}.md`,
		voice: (day: string) => `Waymark voice notes ${day}.zip`,
		voiceIndex: 'index.csv'
	}
} as const;
