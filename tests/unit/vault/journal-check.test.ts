import { afterEach, describe, expect, it } from 'vitest';
import { unpack, pack } from '$lib/crypto/bytes';
import { checkinsKind } from '$lib/domain/journey/checkin';
import { journalEntryKind, newJournalEntry } from '$lib/domain/journal/journal-entry';
import { exportBackup } from '$lib/vault/backup';
import { checkOpenJournal, prepareRepair } from '$lib/vault/journal-check';
import type { Vault } from '$lib/vault/vault.svelte';
import { newJournal } from './helpers';

let open: Vault[] = [];
afterEach(() => {
	for (const vault of open) vault.close();
	open = [];
});

const entry = (text: string) => ({ ...newJournalEntry(), text });

/** One bit of a stored ciphertext flipped, as a failing disk or a meddler would. */
async function flipByte(vault: Vault, table: 'records' | 'revisions', id: string) {
	const { db } = vault.internals();
	const row = (await db[table].get(id))!;
	const bytes = unpack(row.ciphertext);
	bytes[bytes.length - 5] ^= 1;
	await db[table].put({ ...row, ciphertext: pack(bytes) } as never);
}

async function journal() {
	const made = await newJournal('a lantern by the harbour');
	open.push(made.vault);
	const repo = made.vault.records;
	const sea = await repo.create(journalEntryKind, entry('a walk by the sea'));
	await repo.update(journalEntryKind, sea.id, entry('a long walk by the sea'));
	const sister = await repo.create(journalEntryKind, entry('called my sister'));
	return { ...made, repo, sea, sister };
}

describe('checking my journal', () => {
	it('opens every record and earlier version, and finds nothing wrong in a sound journal', async () => {
		const { vault } = await journal();
		const check = await checkOpenJournal(vault);
		expect(check).toEqual({ checked: 3, unreadable: [] });
	});

	it('lists a record that no longer opens by its kind, and an earlier version by its record', async () => {
		const { vault, sea, sister } = await journal();
		const { db } = vault.internals();
		const [revision] = await db.revisions.toArray();
		await flipByte(vault, 'records', sister.id);
		await flipByte(vault, 'revisions', revision.id);
		const { unreadable } = await checkOpenJournal(vault);
		expect(unreadable).toEqual([
			// The other entry still opens, so the tag is known to be a journal entry's.
			{ id: sister.id, table: 'records', kind: 'journal-entry', of: null },
			{ id: revision.id, table: 'revisions', kind: 'journal-entry', of: sea.id }
		]);
	});

	it('does not list an earlier version that opens, though its record does not', async () => {
		const { vault, sea } = await journal();
		await flipByte(vault, 'records', sea.id);
		const { unreadable } = await checkOpenJournal(vault);
		expect(unreadable).toEqual([{ id: sea.id, table: 'records', kind: 'journal-entry', of: null }]);
	});

	it('names a damaged record whose kind nothing else shares from the names it is given', async () => {
		const { vault, repo } = await journal();
		const year = await repo.gather(checkinsKind(2026), () => ({ entries: [] }));
		await flipByte(vault, 'records', year.id);
		const unnamed = await checkOpenJournal(vault);
		expect(unnamed.unreadable).toEqual([{ id: year.id, table: 'records', kind: null, of: null }]);
		const named = await checkOpenJournal(vault, () => ['checkins:2025', 'checkins:2026']);
		expect(named.unreadable[0].kind).toBe('checkins:2026');
	});

	it('puts back from a backup just the parts that do not open, and nothing else', async () => {
		const { vault, repo, passphrase, sea, sister } = await journal();
		const { text } = await exportBackup(vault);
		// After the backup: one entry changes, the other is damaged.
		await repo.update(journalEntryKind, sea.id, entry('a walk, and chips on the wall'));
		await flipByte(vault, 'records', sister.id);
		const { unreadable } = await checkOpenJournal(vault);

		const repair = await prepareRepair(vault, text, { passphrase }, unreadable);
		expect(repair.found.map(({ part }) => part.id)).toEqual([sister.id]);
		expect(repair.missing).toEqual([]);
		expect(await repair.apply()).toEqual([sister.id]);

		expect((await checkOpenJournal(vault)).unreadable).toEqual([]);
		expect((await repo.get(journalEntryKind, sister.id))?.data.text).toBe('called my sister');
		// What opened was left as it was, newer than the backup.
		expect((await repo.get(journalEntryKind, sea.id))?.data.text).toBe(
			'a walk, and chips on the wall'
		);
	});

	it('says which parts a backup does not hold, and writes nothing for them', async () => {
		const { vault, repo, passphrase } = await journal();
		const { text } = await exportBackup(vault);
		const later = await repo.create(journalEntryKind, entry('written after the backup'));
		await flipByte(vault, 'records', later.id);
		const { unreadable } = await checkOpenJournal(vault);
		const repair = await prepareRepair(vault, text, { passphrase }, unreadable);
		expect(repair.found).toEqual([]);
		expect(repair.missing.map((part) => part.id)).toEqual([later.id]);
		expect(await repair.apply()).toEqual([]);
	});

	it('leaves a part alone that another tab already put back', async () => {
		const { vault, passphrase, sister } = await journal();
		const { text } = await exportBackup(vault);
		await flipByte(vault, 'records', sister.id);
		const { unreadable } = await checkOpenJournal(vault);
		const first = await prepareRepair(vault, text, { passphrase }, unreadable);
		const second = await prepareRepair(vault, text, { passphrase }, unreadable);
		expect(await first.apply()).toEqual([sister.id]);
		expect(await second.apply()).toEqual([]);
	});
});
