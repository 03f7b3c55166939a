// Words of the session notes.
import type { DayWords } from '$lib/ui/day-message';
import { anyDayWords } from '$lib/ui/text';

export const text = {
	title: 'Sessions',
	lead: 'Notes of my sessions with my worker: what we talked about and what we agreed.',
	new: 'New session note',
	none: 'No session notes yet. A few lines after each session help me remember what we agreed.',
	item: (who: string) => (who.trim() ? `With ${who.trim()}` : 'Session'),
	next: (day: string) => `Next session ${day}`,
	form: {
		newTitle: 'A session note',
		editTitle: 'Session note',
		back: 'Sessions',
		lastTime: 'What we agreed last time',
		lastTimeFrom: (day: string) => `From ${day}`,
		date: 'Day of the session',
		who: 'Who I met',
		whoHint: 'Name and role, e.g. Sam, my nurse.',
		talkedAbout: 'What we talked about',
		goals: 'Goals it related to',
		noGoals: 'No goals yet.',
		agreed: 'What we agreed for next time',
		agreedHint: 'This shows on my next session note.',
		nextDate: 'Next session (optional)',
		save: 'Save',
		saving: 'Saving…',
		saved: 'Saved.',
		notSaved: 'This note couldn’t be saved. Nothing was changed; my words are still here.',
		empty: 'There’s nothing in this note yet. Write who I met or what we talked about first.',
		dateProblem: {
			missing: 'Choose the day of the session.',
			...anyDayWords,
			'too-late': 'That date is more than a year from now. Check the year.'
		} satisfies DayWords,
		nextProblem: {
			...anyDayWords,
			'too-late': 'That date is more than two years from now. Check the year.',
			'before-other': 'The next session is before this one. Check both dates.'
		} satisfies DayWords,
		missing: 'This note isn’t in my journal. It may have been deleted.',
		delete: 'Delete this note',
		deleteTitle: 'Delete this session note?',
		deleteBody:
			'The note and its earlier versions are removed from my journal. This cannot be undone.',
		deleteConfirm: 'Delete',
		deleted: 'Session note deleted.',
		keep: 'Keep it',
		notDeleted: 'This note couldn’t be deleted. It is still in my journal.'
	}
} as const;
