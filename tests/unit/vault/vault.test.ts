import { afterEach, describe, expect, it } from 'vitest';
import {
	RecoveryKeyFormatError,
	WrongPassphraseError,
	WrongRecoveryKeyError
} from '$lib/crypto/errors';
import { journalEntryKind, newJournalEntry } from '$lib/domain/journal/journal-entry';
import { VaultLockedError } from '$lib/vault/errors';
import { PendingRecoveryKey } from '$lib/vault/pending-recovery-key';
import { currentVersion, defineDatabase } from '$lib/vault/schema';
import type { Vault } from '$lib/vault/vault.svelte';
import { freshName, newJournal, testVault } from './helpers';

const blankEntry = newJournalEntry();

let open: Vault[] = [];
afterEach(() => {
	for (const vault of open) vault.close();
	open = [];
});
function track<T extends { vault: Vault }>(made: T): T {
	open.push(made.vault);
	return made;
}

const entry = { ...blankEntry, title: '', text: 'my harbour' };

describe('vault session', () => {
	it('starts as new, then is unlocked once a journal is created', async () => {
		const vault = testVault();
		open.push(vault);
		await vault.open();
		expect(vault.status).toBe('new');
		await vault.create('a quiet harbour', new PendingRecoveryKey());
		expect(vault.status).toBe('unlocked');
		expect(vault.settings).toEqual({ lockAfterMinutes: 5, lastBackupAt: null });
	});

	it('locks: the repository is gone until the passphrase or recovery key opens it again', async () => {
		const { vault, recovery, passphrase } = track(await newJournal());
		const saved = await vault.records.create(journalEntryKind, entry);
		vault.lock();
		expect(vault.status).toBe('locked');
		expect(() => vault.records).toThrow(VaultLockedError);

		await vault.unlockWithPassphrase(passphrase);
		expect((await vault.records.get(journalEntryKind, saved.id))?.data).toEqual(entry);
		vault.lock();
		await vault.unlockWithRecoveryKey(recovery.text.toLowerCase().replaceAll('-', ' '));
		expect(vault.status).toBe('unlocked');
	});

	it('refuses a wrong passphrase, a wrong recovery key and a mistyped one, staying locked', async () => {
		const { vault, recovery } = track(await newJournal());
		vault.lock();
		await expect(vault.unlockWithPassphrase('not it at all')).rejects.toThrow(WrongPassphraseError);
		await expect(vault.unlockWithRecoveryKey(new PendingRecoveryKey().text)).rejects.toThrow(
			WrongRecoveryKeyError
		);
		const typo = recovery.text.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
		await expect(vault.unlockWithRecoveryKey(typo)).rejects.toThrow(RecoveryKeyFormatError);
		expect(vault.status).toBe('locked');
	});

	it('opens an existing journal as locked on the next visit', async () => {
		const { vault, name, passphrase } = track(await newJournal());
		await vault.records.create(journalEntryKind, entry);
		vault.close();
		const again = testVault(name);
		open.push(again);
		await again.open();
		expect(again.status).toBe('locked');
		await again.unlockWithPassphrase(passphrase);
		expect(await again.records.list(journalEntryKind)).toHaveLength(1);
	});

	it('changes the passphrase without touching a record', async () => {
		const { vault, passphrase, name } = track(await newJournal());
		await vault.records.create(journalEntryKind, entry);
		const before = await vault.internals().db.records.toArray();
		await expect(vault.changePassphrase('wrong one', 'the new passphrase')).rejects.toThrow(
			WrongPassphraseError
		);
		await vault.changePassphrase(passphrase, 'the new passphrase');
		expect(await vault.internals().db.records.toArray()).toEqual(before);
		vault.close();
		const again = testVault(name);
		open.push(again);
		await again.open();
		await expect(again.unlockWithPassphrase(passphrase)).rejects.toThrow(WrongPassphraseError);
		await again.unlockWithPassphrase('the new passphrase');
	});

	it('replaces the recovery key: the new one opens the journal, the old one no longer does', async () => {
		const { vault, passphrase, recovery } = track(await newJournal());
		const next = new PendingRecoveryKey();
		await vault.replaceRecoveryKey(passphrase, next);
		vault.lock();
		await expect(vault.unlockWithRecoveryKey(recovery.text)).rejects.toThrow(WrongRecoveryKeyError);
		await vault.unlockWithRecoveryKey(next.text);
	});

	it('keeps its settings sealed and restores them on unlock', async () => {
		const { vault, passphrase } = track(await newJournal());
		await vault.updateSettings({ lockAfterMinutes: 15, lastBackupAt: '2026-11-01T10:00:00.000Z' });
		vault.lock();
		expect(vault.settings.lockAfterMinutes).toBe(5);
		await vault.unlockWithPassphrase(passphrase);
		expect(vault.settings).toEqual({
			lockAfterMinutes: 15,
			lastBackupAt: '2026-11-01T10:00:00.000Z'
		});
	});

	it('locks every tab when one of them locks', async () => {
		const { vault, name, passphrase } = track(await newJournal());
		const other = testVault(name);
		open.push(other);
		await other.open();
		await other.unlockWithPassphrase(passphrase);
		vault.lock();
		await expect.poll(() => other.status).toBe('locked');
	});

	it('erases the journal from the device', async () => {
		const { vault, name } = track(await newJournal());
		await vault.records.create(journalEntryKind, entry);
		await vault.erase();
		expect(vault.status).toBe('new');
		const db = defineDatabase(undefined, name);
		expect(await db.records.count()).toBe(0);
		expect(await db.meta.count()).toBe(0);
		db.close();
	});

	it('asks a tab holding an older version to reload, rather than blocking the upgrade', async () => {
		const name = freshName();
		// This tab runs code that knows only version 1 of the database.
		const olderTab = testVault(name, 1);
		open.push(olderTab);
		await olderTab.open();
		expect(olderTab.status).toBe('new');

		const newer = testVault(name);
		open.push(newer);
		await newer.open();
		expect(newer.status).toBe('new');
		expect(olderTab.status).toBe('outdated');
	});

	it('opens with the defaults, said once, when a byte of the sealed settings was changed', async () => {
		const { vault, name, passphrase, recovery } = track(await newJournal());
		await vault.updateSettings({ lockAfterMinutes: 15, lastBackupAt: '2026-11-01T10:00:00.000Z' });
		const saved = await vault.records.create(journalEntryKind, entry);
		vault.close();
		const raw = defineDatabase(undefined, name);
		const row = (await raw.meta.get('settings'))!;
		const sealed = row.value as string;
		const at = Math.floor(sealed.length / 2);
		const flipped =
			sealed.slice(0, at) + String.fromCharCode(sealed.charCodeAt(at) ^ 1) + sealed.slice(at + 1);
		await raw.meta.put({ key: 'settings', value: flipped });
		raw.close();

		const again = testVault(name);
		open.push(again);
		await again.open();
		await again.unlockWithPassphrase(passphrase);
		expect(again.status).toBe('unlocked');
		expect(again.settings).toEqual({ lockAfterMinutes: 5, lastBackupAt: null });
		expect(again.settingsReset).toBe(true);
		expect((await again.records.get(journalEntryKind, saved.id))?.data).toEqual(entry);
		again.settingsResetSeen();
		expect(again.settingsReset).toBe(false);

		// The defaults now stand in its place: the next unlock, by either secret, says nothing.
		again.lock();
		await again.unlockWithRecoveryKey(recovery.text);
		expect(again.settingsReset).toBe(false);
		expect(again.settings).toEqual({ lockAfterMinutes: 5, lastBackupAt: null });
	});

	it('opens with the recovery key too when the settings cannot be read', async () => {
		const { vault, name, recovery } = track(await newJournal());
		vault.close();
		const raw = defineDatabase(undefined, name);
		await raw.meta.put({ key: 'settings', value: 'not sealed at all' });
		raw.close();
		const again = testVault(name);
		open.push(again);
		await again.open();
		await again.unlockWithRecoveryKey(recovery.text);
		expect(again.status).toBe('unlocked');
		expect(again.settingsReset).toBe(true);
	});

	it('stays locked, with nothing sealed, when it is locked while opening', async () => {
		const { vault, passphrase } = await newJournal();
		open.push(vault);
		const entry = await vault.records.create(journalEntryKind, {
			...newJournalEntry(),
			text: 'kept'
		});
		const { db } = vault.internals();
		vault.lock();
		// Quick exit in another tab arrives while this one reads its settings on the way in.
		const get = db.meta.get.bind(db.meta);
		db.meta.get = (async (key: string) => {
			const row = await get(key as never);
			if (key === 'settings') vault.lock({ announce: false });
			return row;
		}) as typeof db.meta.get;
		await vault.unlockWithPassphrase(passphrase);
		expect(vault.status).toBe('locked');
		expect(() => vault.records).toThrow(VaultLockedError);

		db.meta.get = get as typeof db.meta.get;
		await vault.unlockWithPassphrase(passphrase);
		expect((await vault.records.get(journalEntryKind, entry.id))?.data.text).toBe('kept');
	});

	it('saves what an editor holds before letting a newer version upgrade the database', async () => {
		const { vault, name } = track(await newJournal());
		const written: Promise<void>[] = [];
		// What an editor does as the journal locks: seal what it holds and start writing it.
		const stop = vault.beforeLock(() => {
			const { written: done } = vault.records.save(
				journalEntryKind,
				null,
				{ ...entry, text: 'the last words before the upgrade' },
				{ keepPrevious: false }
			);
			written.push(done);
		});
		const errors = console.error;
		const reported: unknown[] = [];
		console.error = (...args: unknown[]) => void reported.push(args);
		// Another tab runs a newer Waymark, with one more version of the database.
		const newer = defineDatabase(undefined, name);
		newer.version(currentVersion + 1).stores({});
		try {
			await newer.open();
		} finally {
			console.error = errors;
		}
		stop();
		expect(reported).toEqual([]);
		expect(vault.status).toBe('outdated');
		expect(written).toHaveLength(1);
		await written[0];
		expect(await newer.records.count()).toBe(1);
		newer.close();
	});
});
