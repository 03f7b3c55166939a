// Words of unlocking and locking.
import { plural } from '$lib/domain/locale';

export const text = {
	title: 'Unlock my journal',
	/** Names what is being typed, passphrase or recovery key, as the field does. */
	lead: {
		passphrase: 'My journal is locked. Type my passphrase to open it.',
		'recovery-key': 'My journal is locked. Type my recovery key to open it.'
	},
	passphrase: 'Passphrase',
	show: 'Show',
	unlock: 'Unlock',
	unlocking: 'Unlocking…',
	useRecoveryKey: 'Use my recovery key instead',
	usePassphrase: 'Use my passphrase instead',
	recoveryKey: 'Recovery key',
	recoveryHint: '28 letters and numbers, in groups of four. Spaces and dashes don’t matter.',
	empty: 'Type my passphrase first.',
	emptyRecovery: 'Type my recovery key first.',
	wait: (seconds: number) =>
		plural(seconds, {
			one: `That didn’t work several times, so there’s a short wait. I can try again in ${seconds} second.`,
			other: `That didn’t work several times, so there’s a short wait. I can try again in ${seconds} seconds.`
		}),
	unexpected: 'Something went wrong while unlocking. Nothing was changed. Try again.',
	forgotten: {
		summary: 'Forgotten both my passphrase and recovery key?',
		body: 'Without one of them nobody can open this journal, including the people who make Waymark. If I have a backup file, I can start again and restore it, using the passphrase or recovery key the journal had when the backup was made.'
	},
	settingsReset: {
		body: (minutes: number) =>
			`My settings on this device couldn’t be read, so they’re back to their defaults: my journal locks after ${minutes} minutes, and the date of my last backup is forgotten. Nothing in my journal was changed, and I can choose the settings again in Settings.`,
		dismiss: 'OK'
	},
	afterRecovery: {
		title: 'Choose a new passphrase',
		lead: 'I opened my journal with my recovery key. If I’ve forgotten my passphrase, I can choose a new one now. My recovery key keeps working.',
		save: 'Save new passphrase',
		saving: 'Saving…',
		skip: 'Not now',
		saved: 'My new passphrase is saved.'
	}
} as const;
