import { describe, expect, it } from 'vitest';
import { journalEntryKind } from '$lib/domain/journal-entry';
import { PendingRecoveryKey } from '$lib/vault/pending-recovery-key';
import { schemaVersions } from '$lib/vault/schema';
import { freshName, testVault } from './helpers';

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
				await older.records.create(journalEntryKind, { title: 'Before', text: 'by the old app' }),
				await older.records.create(journalEntryKind, { title: '', text: 'ünïcödé and emoji 🌊' })
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
				title: 'After',
				text: 'edited'
			});
			expect(await newer.records.history(journalEntryKind, written[0].id)).toHaveLength(2);
			newer.close();
		});
	}
});
