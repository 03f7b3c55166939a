import { describe, expect, it } from 'vitest';
import { unpack } from '$lib/crypto/bytes';
import { ownerTagger } from '$lib/crypto/kind-tag';
import { journalEntryKind, newJournalEntry } from '$lib/domain/journal/journal-entry';
import { PendingRecoveryKey } from '$lib/vault/pending-recovery-key';
import { schemaVersions, type LegacyRevisionRow, type RevisionRow } from '$lib/vault/schema';
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
			newer.close();

			// And today's code, on the latest version, works on the old data.
			const latest = testVault(name);
			await latest.open();
			await latest.unlockWithPassphrase(passphrase);
			await latest.records.update(journalEntryKind, written[0].id, {
				...blankEntry,
				title: 'After',
				text: 'edited'
			});
			expect(await latest.records.history(journalEntryKind, written[0].id)).toHaveLength(2);
			latest.close();
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

		// Opened by today's code, so version 4's retagging runs on these rows too.
		const newer = testVault(name);
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

	it('version 4 ties earlier versions to a keyed tag of their record, not its id, at unlock', async () => {
		const name = freshName();
		const older = testVault(name, 3);
		await older.open();
		await older.create(passphrase, new PendingRecoveryKey());
		const write = (text: string) => ({ ...blankEntry, title: 'Old', text });
		const entry = await older.records.create(journalEntryKind, write('first'));
		await older.records.update(journalEntryKind, entry.id, write('second'));
		await older.records.update(journalEntryKind, entry.id, write('third'));
		const other = await older.records.create(journalEntryKind, write('other'));
		await older.records.update(journalEntryKind, other.id, write('other, edited'));
		// Rewrite every earlier version as version 3's code stored it: its record's id in the clear.
		const { db, dataKey } = older.internals();
		const owner = ownerTagger(dataKey);
		const idOf = new Map([entry.id, other.id].map((id) => [owner(id), id]));
		await db.revisions.toCollection().modify((row: Partial<RevisionRow & LegacyRevisionRow>) => {
			row.of = idOf.get(row.owner!);
			delete row.owner;
		});
		expect(
			(await db.revisions.toArray()).map((row) => (row as unknown as { of: string }).of).sort()
		).toEqual([entry.id, entry.id, other.id].sort());
		older.close();

		const newer = testVault(name);
		await newer.open();
		await newer.unlockWithPassphrase(passphrase);
		const { db: upgraded } = newer.internals();
		const rows = await upgraded.revisions.toArray();
		expect(rows).toHaveLength(3);
		for (const row of rows) {
			expect(row).not.toHaveProperty('of');
			expect([owner(entry.id), owner(other.id)]).toContain(row.owner);
		}
		expect(JSON.stringify(rows)).not.toContain(entry.id);
		const texts = async (id: string) =>
			(await newer.records.history(journalEntryKind, id)).map((r) => r.data.text);
		expect(await texts(entry.id)).toEqual(['third', 'second', 'first']);
		expect(await texts(other.id)).toEqual(['other, edited', 'other']);

		// Once done, unlocking again changes nothing.
		newer.lock();
		await newer.unlockWithPassphrase(passphrase);
		expect(await upgraded.revisions.toArray()).toEqual(rows);

		// Deleting with undo finds the retagged versions, and puts them back.
		const undo = await newer.records.removeRestorably([{ kind: journalEntryKind, id: entry.id }]);
		expect(await upgraded.revisions.count()).toBe(1);
		await undo();
		expect(await texts(entry.id)).toEqual(['third', 'second', 'first']);
		newer.close();
	});
});
