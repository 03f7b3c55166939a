// Words of the security settings: auto-lock, passphrase, recovery key.
export const text = {
	lock: {
		heading: 'Locking',
		about:
			'Waymark locks itself when you haven’t used it for a while, and when it has been in the background for that long. The Lock button and Quick exit lock it at once.',
		legend: 'Lock after',
		minutes: (n: number) => `${n} minute${n === 1 ? '' : 's'}`,
		saved: 'Saved.'
	},
	passphrase: {
		heading: 'Passphrase',
		about:
			'Changing your passphrase re-locks the key to your journal. Your entries and your recovery key stay as they are.',
		open: 'Change passphrase',
		current: 'Current passphrase',
		newLabel: 'New passphrase',
		save: 'Save new passphrase',
		saving: 'Checking and saving…',
		cancel: 'Cancel',
		empty: 'Type your current passphrase first.',
		done: 'Your passphrase has been changed. Use the new one from now on.'
	},
	recovery: {
		heading: 'Recovery key',
		about:
			'If your recovery key may have been seen by someone else, or you’ve lost it, make a new one. The old one stops working.',
		open: 'Make a new recovery key',
		passphrase: 'Your passphrase',
		passphraseHint: 'To make sure it’s you.',
		next: 'Show my new recovery key',
		confirm: 'I’ve saved my new recovery key somewhere safe.',
		mustConfirm: 'Tick the box once your new key is saved. Until then, the old key keeps working.',
		save: 'Use the new recovery key',
		saving: 'Saving…',
		cancel: 'Cancel',
		empty: 'Type your passphrase first.',
		done: 'Your new recovery key is in use. The old one no longer opens your journal.'
	},
	show: 'Show',
	unexpected: 'Something went wrong. Nothing was changed. Try again.'
} as const;
