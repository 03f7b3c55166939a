// Words of the first run: welcome, passphrase, recovery key.

export const text = {
	welcome: {
		title: 'Welcome to Waymark',
		lead: 'A private place for my recovery plan, my goals and how I’m doing, kept on this device.',
		points: [
			'Everything I write stays on this device, locked with a passphrase only I know.',
			'There is no account, and nothing is sent anywhere.',
			'I choose what to share, and with whom.'
		],
		start: 'Set up my journal',
		restore: 'Restore from a backup',
		iosInstall:
			'On iPhone and iPad, add Waymark to my Home Screen before I start writing (Share, then “Add to Home Screen”). Safari clears a website’s storage after 7 days without a visit; the Home Screen app keeps its own, and keeps it.'
	},
	passphrase: {
		step: 'Step 1 of 2',
		title: 'Choose a passphrase',
		about:
			'I’ll type it each time I open my journal. A few words that I’ll remember and others wouldn’t guess work well, like “kettle orbit velvet lantern”. Spaces are fine.',
		next: 'Continue',
		back: 'Back'
	},
	recovery: {
		step: 'Step 2 of 2',
		title: 'Save my recovery key',
		about:
			'If I ever forget my passphrase, this key is the only other way into my journal. Nobody can recover my journal without one of the two: not my support worker, and not the people who make Waymark, because we never see it.',
		keep: 'Print it or copy it somewhere safe, such as a password manager or a sealed envelope. Keep it away from this device.',
		confirm: 'I’ve saved my recovery key somewhere safe.',
		mustConfirm:
			'Tick the box once my recovery key is saved: without it, a forgotten passphrase can’t be undone.',
		create: 'Create my journal',
		creating: 'Setting up my journal. This takes a moment…',
		failed: 'My journal couldn’t be created. Nothing was saved. Try again.'
	}
} as const;
