// Words about this device's storage: erasing, persistence, space, and when storage is missing.
export const text = {
	erase: {
		heading: 'Erase everything on this device',
		about:
			'This deletes your journal, its history and your settings from this device. It cannot be undone. Backup files you saved elsewhere are not touched.',
		open: 'Erase this journal…',
		title: 'Erase your journal from this device?',
		instruction: (word: string) => `To confirm, type ${word} in the box.`,
		word: 'ERASE',
		label: 'Confirmation',
		confirm: 'Erase everything',
		cancel: 'Keep my journal',
		mismatch: (word: string) => `Type ${word} exactly, in capital letters, to erase.`,
		done: 'Your journal has been erased from this device.'
	},
	unavailable: {
		title: 'Waymark can’t save on this device right now',
		body: 'This browser isn’t letting Waymark store anything. That happens in private or incognito windows, in some browsers’ strictest privacy modes, and in iPhone’s Lockdown Mode.',
		next: 'Open Waymark in an ordinary browser window, or add it to your Home Screen, then try again. Nothing you type here could be kept, so Waymark won’t pretend to save it.',
		retry: 'Try again'
	},
	outdated: {
		title: 'Waymark has been updated',
		body: 'A newer version of Waymark is open in another tab or window. Reload this one to carry on with the new version; your journal is safe.',
		reload: 'Reload'
	},
	erasedElsewhere: {
		title: 'Your journal was erased',
		body: 'Your journal was erased from this device in another tab or window.',
		reload: 'Start again'
	},
	settings: {
		heading: 'Storage on this device',
		persisted: 'Your browser will keep your journal even when the device is short of space.',
		notPersisted:
			'Your browser may clear Waymark’s storage when the device is short of space. Installing Waymark to your home screen, or allowing it to keep data, protects it. A recent backup protects it too.',
		unknown:
			'This browser doesn’t say whether it will keep your journal when space runs low, so keep a recent backup.',
		ask: 'Ask to keep my journal',
		used: (amount: string) => `Waymark is using ${amount} on this device.`
	},
	reminder: {
		heading: 'Keep a copy of your journal safe',
		never:
			'You haven’t made a backup yet. If this device is lost, broken or cleared, a backup file is the only way to get your journal back.',
		old: (when: string) =>
			`Your last backup was ${when}. A fresh one keeps everything you’ve written since.`,
		action: 'Make a backup'
	}
} as const;
