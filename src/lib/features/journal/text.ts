// Words of the journal: entries, voice notes, prompts and search.
export const text = {
	title: 'Journal',
	lead: 'Somewhere to write or speak what’s on my mind, in my own words.',
	new: 'New entry',
	search: 'Search my journal',
	empty: 'Nothing written yet. Whatever I write stays on this device, locked.',
	loading: 'Opening my entries…',
	untitled: 'Untitled entry',
	refused: (n: number) =>
		n === 1 ? '1 entry couldn’t be opened.' : `${n} entries couldn’t be opened.`,
	written: (when: string) => `Written ${when}`,
	pinnedHeading: 'Pinned',
	entriesHeading: 'Entries',
	voiceMark: (n: number) => (n === 1 ? '1 voice note' : `${n} voice notes`),
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
	links: {
		summary: (n: number) =>
			n === 0
				? 'Link to a goal or part of my plan'
				: `Linked to ${n === 1 ? '1 thing' : `${n} things`}`,
		goals: 'My goals',
		plan: 'My plan',
		noGoals: 'No goals yet.',
		goalsFailed: 'My goals couldn’t be read, so they can’t be linked just now.',
		about: 'About',
		entry: 'Journal entry'
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
	},
	voice: {
		heading: 'Voice notes',
		lead: 'When writing is hard, say it instead. Recordings are locked on this device like everything else.',
		none: 'No voice notes yet.',
		record: 'Record a voice note',
		stop: 'Stop and save',
		starting: 'Asking for the microphone…',
		recording: 'Recording',
		recordingStatus: 'Recording. Press “Stop and save” when I’m done.',
		saving: 'Saving the recording…',
		saved: (length: string) => `Voice note saved (${length} long). It’s in the list below.`,
		defaultName: (when: string) => `Voice note, ${when}`,
		nameLabel: 'Name',
		rename: 'Rename',
		saveName: 'Save name',
		cancel: 'Cancel',
		play: (name: string) => `Play ${name}`,
		pause: (name: string) => `Pause ${name}`,
		opening: 'Opening the recording…',
		position: (name: string) => `Position in ${name}`,
		length: (duration: string) => `${duration} long`,
		recorded: (when: string) => `Recorded ${when}`,
		cutShort: 'This recording stopped early; what was said until then is kept.',
		delete: (name: string) => `Delete ${name}`,
		deleteShort: 'Delete',
		removed: (name: string) => `Deleted “${name}”.`,
		unsupported:
			'This browser can’t record audio here. Try Waymark in an up-to-date Chrome, Edge, Firefox or Safari.',
		notAllowed:
			'Waymark wasn’t allowed to use the microphone. I can allow it in my browser’s settings for this site, then try again.',
		noMicrophone: 'No microphone was found. Plug one in or check it’s switched on, then try again.',
		micBusy: 'The microphone is being used by something else. Close that, then try again.',
		notStarted: 'Recording couldn’t start. Nothing was saved. Try again.',
		failed: 'Recording stopped unexpectedly. What was said until then is kept.',
		notSaved: 'The end of this recording couldn’t be saved. What came before is kept.',
		nothingRecorded:
			'Nothing was recorded: the microphone sent no sound. Check it, then try again.',
		limit: 'Recording stopped at 60 minutes, the longest a voice note can be. It is saved.',
		renameFailed: 'The change couldn’t be saved. Nothing was changed. Try again.',
		deleteFailed: 'This voice note couldn’t be deleted. Nothing was changed. Try again.',
		undoFailed: 'The voice note couldn’t be brought back. Try again.',
		playFailed: 'This recording couldn’t be played on this browser.',
		standsIn: 'Rather say it? Record a voice note for this instead of writing.'
	},
	searchPage: {
		title: 'Search my journal',
		lead: 'Finds words and emoji in everything here: entries, voice note names, my plan, goals, session notes, reviews, needs to raise and check-in notes. Searching happens on this device only.',
		label: 'Search for',
		hint: 'Type a word or two. Every word must be there.',
		opening: 'Getting my journal ready to search…',
		none: (q: string) => `Nothing found for “${q}”. Try fewer words, or the start of a word.`,
		count: (n: number) => (n === 1 ? '1 result' : `${n} results`),
		showMore: (n: number) => `Show ${n} more`,
		kinds: {
			entry: 'Journal entry',
			voice: 'Voice note',
			plan: 'My plan',
			goal: 'Goal',
			session: 'Session note',
			review: 'Review',
			fullReview: 'Full review',
			needs: 'Needs to raise at my next review',
			checkin: 'Check-in'
		},
		/** What a result is and when it was written, in words: "Journal entry, 3 May 2026". */
		written: (kind: string, day: string) => `${kind}, ${day}`,
		/** For what is changed over time: "My plan, last changed 3 May 2026". */
		changed: (kind: string, day: string) => `${kind}, last changed ${day}`,
		lastChanged: (day: string) => `Last changed ${day}`
	}
} as const;
