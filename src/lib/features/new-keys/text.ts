// Words of choosing a new passphrase and keeping a recovery key: set-up, settings and recovery share them.
import type { Strength } from '$lib/domain/passphrase-strength';

export const text = {
	passphrase: {
		label: 'Passphrase',
		hint: 'At least 8 characters.',
		again: 'Type it again',
		show: 'Show',
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
		keyLabel: 'My recovery key',
		copy: 'Copy',
		copied: 'Copied.',
		copyFailed: 'Copying didn’t work here. Write the key down, or print it.',
		print: 'Print',
		printTitle: 'Waymark recovery key',
		printNote:
			'This key opens my Waymark journal if I forget my passphrase. Keep it somewhere safe and private.'
	}
} as const;
