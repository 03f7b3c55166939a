import { describe, expect, it } from 'vitest';
import { unpack } from '$lib/crypto/bytes';
import { journalEntryKind, newJournalEntry } from '$lib/domain/journal/journal-entry';
import { PendingRecoveryKey } from '$lib/vault/pending-recovery-key';
import { schemaVersions } from '$lib/vault/schema';
import { freshName, testVault } from './helpers';

const blankEntry = newJournalEntry();

const passphrase = 'a quiet harbour at dawn';

describe('database schema versions', () => {
	it('declares versions in order, each adding to the one before', () => {
		const numbers = schemaVersions.map((s) => s.version);
		expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
		expect(new Set(numbers).size).toBe(numbers.length);
	});

	// For every version N, a journal written by code that knew only N opens unchanged under N + 1.
	for (const { version } of schemaVersions.slice(0, -1)) {
		it(`opens a journal written under version ${version} unchanged under version ${version + 1}`, async () => {
			const name = freshName();
			const older = testVault(name, version);
			await older.open();
			await older.create(passphrase, new PendingRecoveryKey());
			const written = [
				await older.records.create(journalEntryKind, {
					...blankEntry,
					title: 'Before',
					text: 'by the old app'
				}),
				await older.records.create(journalEntryKind, {
					...blankEntry,
					title: '',
					text: 'ünïcödé and emoji 🌊'
				})
			];
			const rowsBefore = await older.internals().db.records.toArray();
			older.close();

			const newer = testVault(name, version + 1);
			await newer.open();
			expect(newer.status).toBe('locked');
			await newer.unlockWithPassphrase(passphrase);
			expect(await newer.internals().db.records.toArray()).toEqual(rowsBefore);
			const read = await newer.records.list(journalEntryKind);
			expect(read.map((r) => r.data).sort((a, b) => a.text.localeCompare(b.text))).toEqual(
				written.map((r) => r.data).sort((a, b) => a.text.localeCompare(b.text))
			);
			// And the newer version's features work on the old data.
			await newer.records.update(journalEntryKind, written[0].id, {
				...blankEntry,
				title: 'After',
				text: 'edited'
			});
			expect(await newer.records.history(journalEntryKind, written[0].id)).toHaveLength(2);
			newer.close();
		});
	}

	it('version 3 repacks sealed bytes that version 2 stored as Uint8Arrays, losing nothing', async () => {
		const name = freshName();
		const older = testVault(name, 2);
		await older.open();
		await older.create(passphrase, new PendingRecoveryKey());
		await older.updateSettings({ lockAfterMinutes: 15 });
		const entry = await older.records.create(journalEntryKind, {
			...blankEntry,
			title: 'Old',
			text: 'ünï 🌊'
		});
		await older.records.update(journalEntryKind, entry.id, {
			...blankEntry,
			title: 'Old',
			text: 'edited'
		});
		// Rewrite every sealed value as version 2's code stored it: raw bytes.
		const { db } = older.internals();
		const asBytes = (row: { ciphertext: unknown }) => {
			row.ciphertext = unpack(row.ciphertext as string);
		};
		await db.records.toCollection().modify(asBytes);
		await db.revisions.toCollection().modify(asBytes);
		await db.meta.update('settings', {
			value: unpack((await db.meta.get('settings'))!.value as string)
		});
		expect((await db.records.toArray())[0].ciphertext).toBeInstanceOf(Uint8Array);
		older.close();

		const newer = testVault(name, 3);
		await newer.open();
		await newer.unlockWithPassphrase(passphrase);
		const { db: upgraded } = newer.internals();
		for (const row of [
			...(await upgraded.records.toArray()),
			...(await upgraded.revisions.toArray())
		])
			expect(typeof row.ciphertext).toBe('string');
		expect(newer.settings.lockAfterMinutes).toBe(15);
		const history = await newer.records.history(journalEntryKind, entry.id);
		expect(history.map((r) => r.data.text)).toEqual(['edited', 'ünï 🌊']);
		newer.close();
	});
});
