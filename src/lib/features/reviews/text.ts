import { plural } from '$lib/domain/locale';
import type { DayWords } from '$lib/ui/day-message';
import { anyDayWords } from '$lib/ui/text';
// Words of the review screens.
export const text = {
	title: 'Reviews',
	lead: 'My plan is looked at again with my worker every few months, or sooner whenever I ask.',
	start: 'Start a review',
	prepare: 'Prepare for my review',
	due: {
		none: 'No review recorded yet. When I have one, I can note it here, and Waymark will show when the next is due.',
		next: (day: string, full: boolean) => `${full ? 'Full review' : 'Review'} due ${day}`,
		inDays: (days: number) =>
			days === 0
				? 'Today'
				: days === 1
					? 'Tomorrow'
					: days > 0
						? plural(days, { one: `In ${days} day`, other: `In ${days} days` })
						: 'Whenever I’m ready',
		past: 'The date has passed. There is no rush: start one when it suits me and my worker.'
	},
	settings: {
		heading: 'How often',
		review: 'A review every',
		full: 'A full review every',
		months: (n: number) => plural(n, { one: '1 month', other: `${n} months` }),
		saved: 'Saved.',
		notSaved: 'This couldn’t be saved. Nothing was changed.'
	},
	past: 'Past reviews',
	noPast: 'None yet.',
	item: (full: boolean) => (full ? 'Full review' : 'Review'),
	needs: {
		heading: 'Needs to raise at my next review',
		lead: 'Things I need that no service gives me at the moment.',
		open: 'My unmet needs',
		title: 'Needs to raise at my next review',
		field: {
			label: 'Needs no service meets for me now',
			hint: 'Anything: housing, money, a group near me, help at night.',
			add: 'Add a need'
		},
		back: 'Reviews',
		loadFailed: 'My list couldn’t be opened. Try again in a moment.'
	},
	form: {
		newTitle: 'A review',
		editTitle: 'Review',
		back: 'Reviews',
		date: 'Day of the review',
		full: 'This was a full review',
		wentWell: 'What went well',
		needsChanged: 'What has changed in my needs and circumstances',
		planChanges: 'Changes we agreed to my plan',
		planLink: 'Open my plan',
		nextDate: 'Next review',
		nextHint: (months: number) =>
			`Usually ${months} months on. Change it if we agreed another day.`,
		raise: 'Needs I wanted to raise',
		save: 'Save review',
		saving: 'Saving…',
		saved: 'Saved.',
		notSaved: 'This review couldn’t be saved. Nothing was changed; my words are still here.',
		dateProblem: {
			missing: 'Choose the day of the review.',
			...anyDayWords,
			'too-late': 'That date is more than a year from now. Check the year.'
		} satisfies DayWords,
		nextProblem: {
			...anyDayWords,
			'too-late': 'That date is more than three years from now. Check the year.',
			'before-other': 'The next review has to come after this one. Check both dates.'
		} satisfies DayWords,
		missing: 'This review isn’t in my journal. It may have been deleted.',
		delete: 'Delete this review',
		deleteTitle: 'Delete this review?',
		deleteBody:
			'The review and its earlier versions are removed from my journal. This cannot be undone.',
		deleteConfirm: 'Delete',
		deleted: 'Review deleted.',
		keep: 'Keep it',
		notDeleted: 'This review couldn’t be deleted. It is still in my journal.'
	}
} as const;
