// Words of the security settings: auto-lock, passphrase, recovery key.
import { plural } from '$lib/domain/locale';

export const text = {
	lock: {
		heading: 'Locking',
		about:
			'Waymark locks itself when I haven’t used it for a while, and when it has been in the background for that long. The Lock button and Quick exit lock it at once.',
		legend: 'Lock after',
		minutes: (n: number) => plural(n, { one: `${n} minute`, other: `${n} minutes` }),
		saved: 'Saved.'
	},
	passphrase: {
		heading: 'Passphrase',
		about:
			'Changing my passphrase re-locks the key to my journal. My entries and my recovery key stay as they are.',
		open: 'Change passphrase',
		current: 'Current passphrase',
		newLabel: 'New passphrase',
		save: 'Save new passphrase',
		saving: 'Checking and saving…',
		cancel: 'Cancel',
		empty: 'Type my current passphrase first.',
		done: 'My passphrase has been changed. From now on, the new one opens my journal.'
	},
	recovery: {
		heading: 'Recovery key',
		about:
			'If my recovery key may have been seen by someone else, or I’ve lost it, I can make a new one. The old one stops working.',
		open: 'Make a new recovery key',
		passphrase: 'My passphrase',
		passphraseHint: 'To make sure it’s me.',
		next: 'Show my new recovery key',
		confirm: 'I’ve saved my new recovery key somewhere safe.',
		mustConfirm: 'Tick the box once my new key is saved. Until then, the old key keeps working.',
		save: 'Use the new recovery key',
		saving: 'Saving…',
		cancel: 'Cancel',
		empty: 'Type my passphrase first.',
		done: 'My new recovery key is in use. The old one no longer opens my journal.'
	},
	show: 'Show',
	unexpected: 'Something went wrong. Nothing was changed. Try again.'
} as const;
