// Words of the journal's entries.
export const text = {
	title: 'Journal',
	lead: 'Somewhere to write what’s on my mind, in my own words.',
	new: 'New entry',
	empty: 'Nothing written yet. Whatever you write stays on this device, locked.',
	loading: 'Opening your entries…',
	untitled: 'Untitled entry',
	refused: (n: number) =>
		n === 1 ? '1 entry couldn’t be opened.' : `${n} entries couldn’t be opened.`,
	changed: (when: string) => `Last changed ${when}`,
	editor: {
		newTitle: 'New entry',
		editTitle: 'Edit entry',
		titleLabel: 'Title (optional)',
		textLabel: 'What’s on my mind',
		save: 'Save',
		saving: 'Saving…',
		saved: 'Saved.',
		notSaved:
			'This entry couldn’t be saved. Nothing was changed; your words are still here. Try again.',
		nothing: 'Write something first: an entry needs a title or some words.',
		back: 'Back to journal',
		missing: 'This entry isn’t in your journal. It may have been deleted.',
		created: (when: string) => `Written ${when}`
	},
	history: {
		heading: 'Earlier versions',
		none: 'No earlier versions yet: each time you save a change, the version before is kept here.',
		version: (n: number, when: string) => `Version ${n}, ${when}`,
		current: 'current',
		restore: 'Restore this version',
		restored: 'The earlier version is now the current one; the version it replaced is kept too.'
	},
	remove: {
		button: 'Delete entry',
		title: 'Delete this entry?',
		body: 'The entry and all its earlier versions are removed from your journal. This cannot be undone.',
		confirm: 'Delete',
		cancel: 'Keep it'
	}
} as const;
