// Words of the journal: entries, their moods, history and prompts.
import { plural } from '$lib/domain/locale';

export const text = {
	title: 'Journal',
	lead: 'Somewhere to write or speak what’s on my mind, in my own words.',
	new: 'New entry',
	search: 'Search my journal',
	myData: 'Export or bring in',
	empty: 'Nothing written yet. Whatever I write stays on this device, locked.',
	loading: 'Opening my entries…',
	untitled: 'Untitled entry',
	refused: (n: number) =>
		plural(n, { one: '1 entry couldn’t be opened.', other: `${n} entries couldn’t be opened.` }),
	written: (when: string) => `Written ${when}`,
	pinnedHeading: 'Pinned',
	entriesHeading: 'Entries',
	voiceMark: (n: number) => plural(n, { one: '1 voice note', other: `${n} voice notes` }),
	feeling: (word: string) => `Feeling ${word}`,
	showMore: (n: number) => `Show ${n} more`,
	shownOf: (shown: number, all: number) => `Showing ${shown} of ${all} entries.`,
	removed: (name: string) => `Deleted “${name}”.`,
	undo: 'Undo',
	undone: 'The entry is back, with its earlier versions.',
	dismiss: 'Dismiss',
	undoFailed: 'The entry couldn’t be brought back. Try again.',
	editor: {
		newTitle: 'New entry',
		editTitle: 'Edit entry',
		titleLabel: 'Title (optional)',
		textLabel: 'What’s on my mind',
		textHint: 'Saved as I write, even without a connection.',
		done: 'Done',
		back: 'Back to journal',
		missing: 'This entry isn’t in my journal. It may have been deleted.',
		created: (when: string) => `Written ${when}`,
		about: 'About this entry',
		pin: 'Pin to the top of my journal',
		delete: 'Delete entry',
		deleteFailed: 'This entry couldn’t be deleted. Nothing was changed. Try again.'
	},
	mood: {
		label: 'A word for how I feel (optional)',
		hint: 'Pick one or use my own word.',
		suggested: 'Suggested words',
		words: ['calm', 'hopeful', 'proud', 'grateful', 'tired', 'low', 'anxious', 'angry', 'steady']
	},
	history: {
		heading: 'Earlier versions',
		none: 'No earlier versions yet: each time I come back and change this entry, the version before is kept here.',
		version: (n: number, when: string) => `Version ${n}, ${when}`,
		restore: 'Restore this version',
		restored: 'The earlier version is now the current one; the version it replaced is kept too.'
	},
	prompts: {
		heading: 'Something to write about, if I like',
		use: 'Write about this',
		another: 'Another prompt',
		turnOff: 'Turn off prompts',
		off: 'Prompts are off. I can turn them back on from the journal.',
		settingHeading: 'Writing prompts',
		setting: 'Offer me a writing prompt when I start an entry',
		settingSaved: 'Saved.',
		notSaved: 'My choice couldn’t be saved. Nothing was changed. Try again.',
		loadFailed: 'My prompt setting couldn’t be read. Try again after locking and unlocking.'
	}
} as const;
