import { afterEach, describe, expect, it, vi } from 'vitest';
import { journalEntryKind, newJournalEntry } from '$lib/domain/journal/journal-entry';
import { exportBackup, prepareImport } from '$lib/vault/backup';
import { BackupFormatError, backupVersion, type BackupProblem } from '$lib/vault/backup-file';
import { messageFor } from '$lib/vault/person-facing';
import { errorText } from '$lib/vault/text';
import { VaultLockedError, WrongBackupSecretError } from '$lib/vault/errors';
import { PendingRecoveryKey } from '$lib/vault/pending-recovery-key';
import type { Vault } from '$lib/vault/vault.svelte';
import { freshName, newJournal, testVault } from './helpers';

const blankEntry = newJournalEntry();

let open: Vault[] = [];
afterEach(() => {
	for (const vault of open) vault.close();
	open = [];
});

async function journalWithEntries() {
	const made = await newJournal('the passphrase of the backup');
	open.push(made.vault);
	const repo = made.vault.records;
	const a = await repo.create(journalEntryKind, {
		...blankEntry,
		title: 'Sea',
		text: 'a walk by the sea'
	});
	await repo.update(journalEntryKind, a.id, {
		...blankEntry,
		title: 'Sea',
		text: 'a long walk by the sea'
	});
	const b = await repo.create(journalEntryKind, {
		...blankEntry,
		title: '',
		text: 'called my sister'
	});
	return { ...made, a, b };
}

/** Everything stored, to show that a refused import changed nothing. */
async function snapshot(vault: Vault) {
	const { db } = vault.internals();
	return [await db.meta.toArray(), await db.records.toArray(), await db.revisions.toArray()];
}

async function freshDevice() {
	const vault = testVault();
	open.push(vault);
	await vault.open();
	return vault;
}

describe('backup', () => {
	it('restores on a device with no journal, with the passphrase or the recovery key', async () => {
		const { vault, recovery } = await journalWithEntries();
		const { text, filename } = await exportBackup(vault, new Date('2026-11-24T09:00:00Z'));
		expect(filename).toBe('waymark-backup-2026-11-24.waymark');
		// Whole words with spaces: a short word alone can turn up in base64 by chance.
		expect(text).not.toContain('walk by the sea');

		for (const secret of [
			{ passphrase: 'the passphrase of the backup' },
			{ recoveryKey: recovery.text }
		]) {
			const device = await freshDevice();
			const pending = await prepareImport(device, text, secret);
			expect(pending.counts).toEqual({ records: 2, revisions: 1 });
			expect(pending.merge).toBeNull();
			await pending.replace();
			expect(device.status).toBe('unlocked');
			const entries = await device.records.list(journalEntryKind);
			expect(entries.map((e) => e.data.text).sort()).toEqual([
				'a long walk by the sea',
				'called my sister'
			]);
			const [current] = entries.filter((e) => e.data.title === 'Sea');
			expect(await device.records.history(journalEntryKind, current.id)).toHaveLength(2);
			device.lock();
			await device.unlockWithPassphrase('the passphrase of the backup');
		}
	});

	it('merges: adds what is new, keeps both versions where both changed, counts each', async () => {
		const { vault, a } = await journalWithEntries();
		const { text } = await exportBackup(vault);
		// After the backup, this journal moves on.
		await vault.records.update(journalEntryKind, a.id, {
			...blankEntry,
			title: 'Sea',
			text: 'changed later'
		});
		await vault.records.create(journalEntryKind, { ...blankEntry, title: '', text: 'only here' });

		const other = await newJournal('another journal');
		open.push(other.vault);
		await other.vault.records.create(journalEntryKind, {
			...blankEntry,
			title: '',
			text: 'from the other'
		});
		const otherBackup = (await exportBackup(other.vault)).text;

		const sameJournal = await prepareImport(vault, text, {
			passphrase: 'the passphrase of the backup'
		});
		expect(sameJournal.merge).toEqual({ added: 0, newer: 0, older: 0, same: 2 });
		sameJournal.cancel();

		const pending = await prepareImport(vault, otherBackup, { passphrase: 'another journal' });
		expect(pending.merge).toEqual({ added: 1, newer: 0, older: 0, same: 0 });
		await pending.applyMerge();
		const texts = (await vault.records.list(journalEntryKind)).map((e) => e.data.text).sort();
		expect(texts).toEqual(['called my sister', 'changed later', 'from the other', 'only here']);
	});

	it('keeps the older side of a record changed in both places among its earlier versions', async () => {
		const { vault, a, passphrase } = await journalWithEntries();
		const early = (await exportBackup(vault)).text;
		await vault.records.update(journalEntryKind, a.id, {
			...blankEntry,
			title: 'Sea',
			text: 'newer here'
		});
		const later = (await exportBackup(vault)).text;

		const device = await freshDevice();
		await (await prepareImport(device, early, { passphrase })).replace();
		await device.records.update(journalEntryKind, a.id, {
			...blankEntry,
			title: 'Sea',
			text: 'diverged there'
		});

		const pending = await prepareImport(device, later, { passphrase });
		expect(pending.merge).toEqual({ added: 0, newer: 0, older: 1, same: 1 });
		await pending.applyMerge();
		const history = await device.records.history(journalEntryKind, a.id);
		expect(history.map((h) => h.data.text)).toContain('newer here');
		expect(history[0].data.text).toBe('diverged there');
	});

	it('names the record of an earlier version only by a keyed tag, in the file as on disk', async () => {
		const { vault, a } = await journalWithEntries();
		const { text } = await exportBackup(vault);
		const [revision] = JSON.parse(text).revisions;
		expect(revision).not.toHaveProperty('of');
		expect(revision.owner).toMatch(/^[A-Za-z0-9_-]{22}$/);
		expect(JSON.stringify(JSON.parse(text).revisions)).not.toContain(a.id);
	});

	it('reads a version 1 backup, whose earlier versions name their record in the clear', async () => {
		const { vault, a, passphrase } = await journalWithEntries();
		const file = JSON.parse((await exportBackup(vault)).text);
		file.version = 1;
		file.revisions = file.revisions.map(
			({ id, ciphertext }: { id: string; ciphertext: string }) => ({
				id,
				of: a.id,
				ciphertext
			})
		);
		const v1 = JSON.stringify(file);

		const device = await freshDevice();
		await (await prepareImport(device, v1, { passphrase })).replace();
		expect(await device.records.history(journalEntryKind, a.id)).toHaveLength(2);
		const rows = await device.internals().db.revisions.toArray();
		expect(JSON.stringify(rows)).not.toContain(a.id);

		const other = await newJournal('another journal');
		open.push(other.vault);
		const merging = await prepareImport(other.vault, v1, { passphrase });
		expect(merging.merge).toEqual({ added: 2, newer: 0, older: 0, same: 0 });
		await merging.applyMerge();
		const history = await other.vault.records.history(journalEntryKind, a.id);
		expect(history.map((h) => h.data.text)).toEqual([
			'a long walk by the sea',
			'a walk by the sea'
		]);
	});

	describe('with the journal open in a second tab', () => {
		/** A device restored from `backup`, open in two tabs. */
		async function twoTabs(backup: string, passphrase: string) {
			const name = freshName();
			const [one, two] = [testVault(name), testVault(name)];
			open.push(one, two);
			await one.open();
			await (await prepareImport(one, backup, { passphrase })).replace();
			await two.open();
			await two.unlockWithPassphrase(passphrase);
			return [one, two] as const;
		}

		it('plans a merge again as it applies it, so an edit made meanwhile in the other tab is kept', async () => {
			const { vault, a, passphrase } = await journalWithEntries();
			const early = (await exportBackup(vault)).text;
			await vault.records.update(journalEntryKind, a.id, {
				...blankEntry,
				title: 'Sea',
				text: 'newer in the backup'
			});
			const later = (await exportBackup(vault)).text;
			const [one, two] = await twoTabs(early, passphrase);

			const pending = await prepareImport(one, later, { passphrase });
			expect(pending.merge).toEqual({ added: 0, newer: 1, older: 0, same: 1 });
			await new Promise((resolve) => setTimeout(resolve, 5));
			await two.records.update(journalEntryKind, a.id, {
				...blankEntry,
				title: 'Sea',
				text: 'edited in the other tab'
			});
			expect(await pending.applyMerge()).toEqual({ added: 0, newer: 0, older: 1, same: 1 });

			const history = await one.records.history(journalEntryKind, a.id);
			expect(history[0].data.text).toBe('edited in the other tab');
			expect(history.map((version) => version.data.text)).toContain('newer in the backup');
		});

		it('locks the other tab when the journal is replaced, and nothing is sealed there after', async () => {
			const { vault, passphrase } = await journalWithEntries();
			const backup = (await exportBackup(vault)).text;
			const [one, two] = await twoTabs(backup, passphrase);
			const before = two.records;

			await (await prepareImport(one, backup, { passphrase })).replace();
			await vi.waitFor(() => expect(two.status).toBe('locked'));
			expect(two.changes.replacedElsewhere).toBe(true);
			expect(one.changes.replacedElsewhere).toBe(false);
			expect(() =>
				before.save(journalEntryKind, null, blankEntry, { keepPrevious: false })
			).toThrow(VaultLockedError);
		});
	});

	describe('refuses a bad backup, explains why, and changes nothing', () => {
		const cases: [string, (text: string) => string, unknown, BackupProblem][] = [
			['cut short', (t) => t.slice(0, t.length / 2), BackupFormatError, 'backup-cut-short'],
			['not a backup', () => '{"hello":"world"}', BackupFormatError, 'backup-not-waymark'],
			['not JSON at all', () => 'Dear diary,', BackupFormatError, 'backup-not-waymark'],
			['empty', () => ' \n', BackupFormatError, 'backup-empty'],
			[
				'from a newer version',
				(t) => t.replace(`"version":${backupVersion},`, `"version":${backupVersion + 1},`),
				BackupFormatError,
				'backup-newer'
			],
			[
				'with a record altered',
				(t) => {
					const file = JSON.parse(t);
					const c: string = file.records[0].ciphertext;
					file.records[0].ciphertext = c.slice(0, 40) + (c[40] === 'A' ? 'B' : 'A') + c.slice(41);
					return JSON.stringify(file);
				},
				BackupFormatError,
				'backup-damaged'
			],
			[
				'with a record cut short',
				(t) => {
					const file = JSON.parse(t);
					file.records[1].ciphertext = file.records[1].ciphertext.slice(0, 64);
					return JSON.stringify(file);
				},
				BackupFormatError,
				'backup-damaged'
			],
			[
				'with two records swapped',
				(t) => {
					const file = JSON.parse(t);
					const [x, y] = file.records;
					[x.ciphertext, y.ciphertext] = [y.ciphertext, x.ciphertext];
					return JSON.stringify(file);
				},
				BackupFormatError,
				'backup-damaged'
			],
			[
				'with a record missing but its earlier versions kept',
				(t) => {
					const file = JSON.parse(t);
					// Without the key, which record a version belongs to cannot be told: all go.
					file.records = [];
					return JSON.stringify(file);
				},
				BackupFormatError,
				'backup-damaged'
			],
			[
				'asking for absurd key-derivation costs',
				(t) => t.replace('"memoryKiB":19456', '"memoryKiB":99999999'),
				BackupFormatError,
				'backup-damaged'
			]
		];
		for (const [name, spoil, type, code] of cases)
			it(name, async () => {
				const { vault, passphrase } = await journalWithEntries();
				const { text } = await exportBackup(vault);
				const before = await snapshot(vault);
				const attempt = prepareImport(vault, spoil(text), { passphrase });
				await expect(attempt).rejects.toThrow(type as typeof Error);
				// The person is told what is wrong, by the words of the error's code.
				expect(messageFor(await attempt.catch((error: unknown) => error))).toBe(errorText[code]);
				expect(await snapshot(vault)).toEqual(before);
			});

		it('opened with a wrong passphrase or recovery key', async () => {
			const { vault } = await journalWithEntries();
			const { text } = await exportBackup(vault);
			const before = await snapshot(vault);
			await expect(prepareImport(vault, text, { passphrase: 'not the one' })).rejects.toThrow(
				WrongBackupSecretError
			);
			const wrongKey = await prepareImport(vault, text, {
				recoveryKey: new PendingRecoveryKey().text
			}).catch((error: unknown) => error);
			expect(wrongKey).toBeInstanceOf(WrongBackupSecretError);
			expect(messageFor(wrongKey)).toMatch(/recovery key doesn't open this backup/);
			expect(await snapshot(vault)).toEqual(before);
		});
	});
});
