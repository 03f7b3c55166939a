// Words of the goal screens.
import { plural } from '$lib/domain/locale';
import type { DayWords } from '$lib/ui/day-message';
import { anyDayWords } from '$lib/ui/text';
import type { GoalStatus } from '$lib/domain/journey/goal';

export const text = {
	title: 'My goals',
	lead: 'Goals in my own words, and how they are going. Setbacks are part of recovery: they never wipe out progress.',
	new: 'New goal',
	none: 'No goals yet. A goal can be small: one thing I would like to do, in my own words.',
	untitled: 'A goal without words yet',
	status: {
		working: 'Working on it',
		achieved: 'Achieved',
		paused: 'Paused',
		'let-go': 'Let go'
	} satisfies Record<GoalStatus, string>,
	progress: (n: number) => `Progress ${n} of 10`,
	noProgress: 'No progress logged yet',
	steps: (done: number, of: number) => `${done} of ${of} steps done`,
	target: (day: string) => `Aiming for ${day}`,
	setbacks: (n: number) => plural(n, { one: '1 setback', other: `${n} setbacks` }),
	newGoal: {
		title: 'A new goal',
		what: 'What I’d like to do',
		whatHint: 'In my own words. It can be small.',
		why: 'Why it matters to me (optional)',
		target: 'When I’d like to get there (optional)',
		now: 'Where am I with it now? (optional)',
		nowHint: '0 is not started, 10 is done. I can change this any time.',
		save: 'Save goal',
		needWords: 'Write a few words about the goal first.',
		targetProblem: {
			...anyDayWords,
			'in-past': 'That day has already gone. Choose today or a day to come, or leave it empty.',
			'too-late': 'That date is more than 100 years away. Check the year.'
		} satisfies DayWords,
		saved: 'Goal saved.',
		notSaved: 'The goal couldn’t be saved. Nothing was changed; my words are still here.'
	},
	page: {
		back: 'My goals',
		missing: 'This goal isn’t in my journal. It may have been deleted.',
		current: 'Where I am now',
		furthest: (n: number) => `The furthest I have come: ${n} of 10`,
		logProgress: 'Log progress',
		logSetback: 'Record a setback',
		journey: 'How it has gone',
		noJourney: 'Nothing logged yet. Progress and setbacks appear here, newest first.',
		progressEntry: (n: number) => `Progress: ${n} of 10`,
		setbackEntry: 'A setback',
		deleteEntry: 'Delete',
		/** What a Delete button, and the Undo after it, name: a progress update by its point too. */
		entryName: (day: string, scale?: number) =>
			scale === undefined ? `setback of ${day}` : `progress update of ${day}, ${scale} of 10`,
		entryDeleted: (name: string) => `Deleted the ${name}.`,
		undo: 'Undo',
		dismiss: 'Dismiss',
		entryBack: 'It’s back in how it has gone.',
		entryNotDeleted: 'This couldn’t be deleted. Nothing was changed. Try again.',
		entryNotBack: 'This couldn’t be brought back. Try again.',
		remove: (what: string) => `Remove this ${what}`,
		details: 'About this goal',
		delete: 'Delete this goal',
		deleteTitle: 'Delete this goal?',
		deleteBody:
			'The goal, its steps, and all its progress and setbacks are removed from my journal. This cannot be undone. A goal can also be paused or let go instead.',
		deleteConfirm: 'Delete',
		deleted: 'Goal deleted.',
		keep: 'Keep it',
		chart: 'Progress over time',
		chartLine: 'Progress',
		chartMarks: 'Setbacks',
		chartSummary: (
			from: number,
			to: number,
			first: string,
			last: string,
			furthest: number,
			setbacks: string[]
		) =>
			(first === last
				? `Progress ${to} of 10 on ${last}.`
				: `Progress went from ${from} on ${first} to ${to} on ${last}, and has been as far as ${furthest}.`) +
			(setbacks.length ? ` Setbacks on ${setbacks.join(', ')}.` : ' No setbacks recorded.'),
		chartText: 'Each update and setback is listed under “How it has gone”.'
	},
	fields: {
		title: 'My goal',
		why: 'Why it matters to me',
		status: 'Where it stands',
		target: 'When I’d like to get there',
		clearTarget: 'No date',
		steps: {
			label: 'Steps',
			hint: 'Small steps towards it. Tick each one off when it’s done.',
			add: 'Add a step'
		},
		stepDone: (step: string, n: number) => `Done: ${step.trim() || `step ${n}`}`,
		stepText: (n: number) => `Step ${n}`,
		support: {
			label: 'Support I’d like',
			hint: 'What would help, and from whom.',
			item: 'support',
			add: 'Add support I’d like',
			parts: { what: 'What would help', who: 'From whom' }
		},
		risks: {
			label: 'Risks I’m choosing to take',
			hint: 'Trying something new can mean taking a risk. What is it, and what will I do if it doesn’t go to plan?',
			item: 'risk',
			add: 'Add a risk',
			parts: { risk: 'The risk', plan: 'If it doesn’t go to plan, I will' }
		}
	},
	progressForm: {
		heading: 'Log progress',
		scale: 'How far along am I?',
		scaleHint: '0 is not started, 10 is done.',
		point: (n: number) => `${n} of 10`,
		on: 'Day',
		note: 'How it’s going (optional)',
		save: 'Save progress',
		saved: 'Progress saved.',
		need: 'Choose how far along I am, from 0 to 10.',
		cancel: 'Cancel'
	},
	setbackForm: {
		heading: 'Record a setback',
		about:
			'Setbacks happen to everyone. Writing about one helps to learn from it; it does not undo any progress.',
		on: 'Day',
		happened: 'What happened',
		helped: 'What helped',
		gotInWay: 'What got in the way',
		learnt: 'What I learnt',
		save: 'Save setback',
		saved: 'Setback saved. My progress is still there.',
		need: 'Write a few words about what happened first.',
		cancel: 'Cancel'
	},
	notSaved: 'This couldn’t be saved. Nothing was changed; my words are still here.',
	dayProblem: {
		missing: 'Choose the day.',
		...anyDayWords,
		'in-future': 'Choose a day that has already happened.'
	} satisfies DayWords
} as const;
