// Words of the first run: welcome, passphrase, recovery key.
import type { Strength } from '$lib/domain/passphrase-strength';

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
			'On iPhone and iPad, add Waymark to your Home Screen before you start writing (Share, then “Add to Home Screen”). Safari clears a website’s storage after 7 days without a visit; the Home Screen app keeps its own, and keeps it.'
	},
	passphrase: {
		step: 'Step 1 of 2',
		title: 'Choose a passphrase',
		about:
			'You’ll type it each time you open your journal. A few words that you’ll remember and others wouldn’t guess work well, like “kettle orbit velvet lantern”. Spaces are fine.',
		label: 'Passphrase',
		hint: 'At least 8 characters.',
		again: 'Type it again',
		show: 'Show',
		next: 'Continue',
		back: 'Back',
		tooShort: 'Use at least 8 characters.',
		mismatch: 'The two passphrases are different. Type the same one in both boxes.',
		strength: {
			'too-short': 'Too short: at least 8 characters.',
			weak: 'Easy to guess. A few unrelated words are stronger, and easier to remember.',
			fair: 'Fair. Another word or two would make it much harder to guess.',
			strong: 'Strong.',
			'very-strong': 'Very strong.'
		} satisfies Record<Strength, string>,
		strengthLabel: 'How hard to guess'
	},
	recovery: {
		step: 'Step 2 of 2',
		title: 'Save your recovery key',
		about:
			'If you ever forget your passphrase, this key is the only other way into your journal. Nobody can recover your journal without one of the two: not your support worker, and not the people who make Waymark, because we never see it.',
		keep: 'Print it or copy it somewhere safe, such as a password manager or a sealed envelope. Keep it away from this device.',
		keyLabel: 'Your recovery key',
		copy: 'Copy',
		copied: 'Copied.',
		copyFailed: 'Copying didn’t work here. Write the key down, or print it.',
		print: 'Print',
		printTitle: 'Waymark recovery key',
		printNote:
			'This key opens my Waymark journal if I forget my passphrase. Keep it somewhere safe and private.',
		confirm: 'I’ve saved my recovery key somewhere safe.',
		mustConfirm:
			'Tick the box once your recovery key is saved: without it, a forgotten passphrase can’t be undone.',
		create: 'Create my journal',
		creating: 'Setting up your journal. This takes a moment…',
		failed: 'Your journal couldn’t be created. Nothing was saved. Try again.'
	}
} as const;
