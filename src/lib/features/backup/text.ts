// Words of backing up and restoring.
import { plural } from '$lib/domain/locale';
import type { MergeCounts } from '$lib/vault/backup-import';

const items = (n: number) => plural(n, { one: `${n} item`, other: `${n} items` });
const versions = (n: number) =>
	plural(n, { one: `${n} earlier version`, other: `${n} earlier versions` });

export const text = {
	title: 'Backup',
	lead: 'A backup is one file holding my whole journal, still locked with my passphrase and recovery key. Keep it somewhere other than this device: a computer, a USB stick, or cloud storage. Nobody can read it without my passphrase or recovery key.',
	export: {
		heading: 'Make a backup',
		about: 'Saves a .waymark file with everything in my journal and its history.',
		button: 'Save a backup file',
		working: 'Preparing my backup…',
		done: (count: number) =>
			`Backup saved with ${items(count)}. Check my downloads, then move the file somewhere safe.`,
		last: (when: string) => `Last backup: ${when}.`,
		never: 'No backup made on this device yet.',
		failed: 'The backup couldn’t be made. My journal is unchanged. Try again.'
	},
	import: {
		heading: 'Restore from a backup',
		about:
			'Opens a .waymark file made on this or another device. Nothing is changed until I have seen what the backup holds and chosen what to do.',
		file: 'Backup file',
		fileHint: 'A file ending in .waymark.',
		tooBig: 'This file is too large to be a Waymark backup.',
		tooCostly:
			'This backup asks for far more work to unlock than Waymark ever needs, so it wasn’t opened and nothing was changed. It may have been altered, or made by a newer version of Waymark: update Waymark, or try another copy of the backup.',
		unreadable: 'That file couldn’t be read. Try choosing it again.',
		summary: (when: string, count: number) => `A backup made on ${when}, holding ${items(count)}.`,
		secretIntro:
			'Unlock the backup with the passphrase or recovery key the journal had when it was made.',
		passphrase: 'Backup’s passphrase',
		recoveryKey: 'Backup’s recovery key',
		useRecoveryKey: 'Use the recovery key instead',
		usePassphrase: 'Use the passphrase instead',
		show: 'Show',
		check: 'Open backup',
		checking: 'Opening and checking every item in the backup…',
		emptySecret: 'Type the passphrase or recovery key first.',
		holds: (records: number, revisions: number) =>
			`Every item checked: the backup holds ${items(records)} and ${versions(revisions)}.`,
		restoreNew: 'Restore my journal',
		restoreNewNote:
			'My journal will open with the backup’s passphrase and recovery key from now on.',
		choose: 'What should happen to the journal on this device?',
		merge: {
			label: 'Add the backup to my journal',
			hint: (c: MergeCounts) =>
				[
					`${items(c.added)} new`,
					c.newer
						? `${items(c.newer)} newer in the backup (my versions stay in their history)`
						: '',
					c.older
						? `${items(c.older)} changed here since (the backup’s versions join their history)`
						: '',
					`${items(c.same)} already here`
				]
					.filter(Boolean)
					.join('; ') + '. My passphrase stays the same.'
		},
		replace: {
			label: 'Replace my journal with the backup',
			hint: 'Everything now in this journal is removed and the backup takes its place, with the backup’s passphrase and recovery key.'
		},
		apply: 'Import',
		applying: 'Importing…',
		replaceTitle: 'Replace my journal with the backup?',
		replaceBody:
			'Everything now in my journal on this device will be removed, including its history. This cannot be undone. If I’m not sure, I can make a backup of it first.',
		replaceConfirm: 'Replace my journal',
		merged: 'The backup was added to my journal.',
		replaced: 'My journal was replaced by the backup.',
		cancel: 'Choose another file',
		back: 'Back',
		unexpected: 'Something went wrong while importing. My journal was not changed.'
	}
} as const;
