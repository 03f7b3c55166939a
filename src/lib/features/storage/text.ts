// Words about this device's storage: erasing, persistence, space, and when storage is missing.
import { formatNumber, plural } from '$lib/domain/locale';

export const text = {
	erase: {
		heading: 'Erase everything on this device',
		about:
			'This deletes my journal, its history and my settings from this device. It cannot be undone. Backup files I saved elsewhere are not touched.',
		open: 'Erase this journal…',
		title: 'Erase my journal from this device?',
		instruction: (word: string) => `To confirm, type ${word} in the box.`,
		word: 'ERASE',
		label: 'Confirmation',
		confirm: 'Erase everything',
		cancel: 'Keep my journal',
		mismatch: (word: string) => `Type ${word} exactly, in capital letters, to erase.`,
		done: 'My journal has been erased from this device.'
	},
	unavailable: {
		title: 'Waymark can’t save on this device right now',
		body: 'This browser isn’t letting Waymark store anything. That happens in private or incognito windows, in some browsers’ strictest privacy modes, and in iPhone’s Lockdown Mode.',
		next: 'Open Waymark in an ordinary browser window, or add it to my Home Screen, then try again. Nothing I type here could be kept, so Waymark won’t pretend to save it.',
		retry: 'Try again'
	},
	outdated: {
		title: 'Waymark has been updated',
		body: 'A newer version of Waymark is open in another tab or window. Reload this one to carry on with the new version; my journal is safe.',
		reload: 'Reload'
	},
	erasedElsewhere: {
		title: 'My journal was erased',
		body: 'My journal was erased from this device in another tab or window.',
		reload: 'Start again'
	},
	settings: {
		heading: 'Storage on this device',
		persisted: 'My browser will keep my journal even when the device is short of space.',
		notPersisted:
			'My browser may clear Waymark’s storage when the device is short of space. Installing Waymark to my home screen, or allowing it to keep data, protects it. A recent backup protects it too.',
		unknown:
			'This browser doesn’t say whether it will keep my journal when space runs low, so keep a recent backup.',
		ask: 'Ask to keep my journal',
		asking: 'Asking…',
		granted: 'My browser said yes: it will keep my journal even when the device is short of space.',
		refused:
			'My browser said no for now. Browsers decide this themselves, often by how much a site is used or whether it is installed. Installing Waymark to the home screen can change the answer, and a recent backup keeps my journal safe either way.',
		used: (amount: string) => `Waymark is using ${amount} on this device.`
	},
	check: {
		heading: 'Check my journal',
		about:
			'Opens every part of my journal, and every earlier version, to make sure all of it can still be read. Nothing is changed.',
		start: 'Check my journal',
		checking: 'Checking…',
		allGood: (n: number) =>
			plural(n, {
				one: `Everything opened: ${formatNumber(n)} part of my journal, all readable.`,
				other: `Everything opened: ${formatNumber(n)} parts of my journal, all readable.`
			}),
		found: (n: number) =>
			plural(n, {
				one: `${formatNumber(n)} part of my journal couldn’t be read:`,
				other: `${formatNumber(n)} parts of my journal couldn’t be read:`
			}),
		why: 'They may have been changed on this device outside Waymark, or damaged by its storage. Everything else opens as usual. Their words and dates are sealed inside them, so only what they are can be shown.',
		repairAbout:
			'I can put these back from a backup file. Only these parts are replaced, with the versions in the backup; everything else stays as it is.',
		file: 'Backup file',
		passphrase: 'Passphrase of that backup',
		show: 'Show',
		repair: 'Put these back from the backup',
		repairing: 'Opening the backup…',
		emptySecret: 'Type the passphrase of the backup first.',
		tooBig: 'This file is too large to be a Waymark backup.',
		unreadableFile: 'That file couldn’t be read. Try choosing it again.',
		unexpected: 'Something went wrong. Nothing in my journal was changed.',
		tooCostly:
			'This backup asks for far more work to open than Waymark ever sets, so it wasn’t opened. It may have been changed outside Waymark. Nothing in my journal was changed.',
		putBack: (n: number) =>
			n === 0
				? 'Nothing was put back.'
				: plural(n, {
						one: `Put back ${formatNumber(n)} part from the backup.`,
						other: `Put back ${formatNumber(n)} parts from the backup.`
					}),
		notInBackup: 'The backup doesn’t hold these, so they are still unreadable:',
		restoredFrom: (name: string, when: string) => `${name}, as saved ${when}`,
		kinds: {
			unknown: 'A part of my journal Waymark can’t name',
			plan: (title: string) => `${title}, in my plan`,
			checkins: (year: string) => `My check-ins from ${year}`,
			earlier: (name: string) => `An earlier version of: ${name}`,
			named: {
				'journal-entry': 'A journal entry',
				goal: 'A goal',
				'goal-journey': 'The progress and setbacks of a goal',
				'session-note': 'A session note',
				review: 'A review',
				'recovery-check': 'A monthly check',
				'voice-note': 'A voice note',
				'voice-chunk': 'Part of a voice note’s sound',
				'checkin-scales': 'My check-in scales',
				'review-settings': 'When my reviews are due',
				'unmet-needs': 'Needs not met',
				'journal-settings': 'My journal settings',
				'share-log': 'What I’ve shared'
			}
		}
	},
	reminder: {
		heading: 'Keep a copy of my journal safe',
		never:
			'I haven’t made a backup yet. If this device is lost, broken or cleared, a backup file is the only way to get my journal back.',
		old: (when: string) =>
			`My last backup was ${when}. A fresh one keeps everything I’ve written since.`,
		action: 'Make a backup'
	}
} as const;
