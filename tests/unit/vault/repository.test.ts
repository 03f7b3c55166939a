import { afterEach, describe, expect, it } from 'vitest';
import { TamperedRecordError } from '$lib/crypto/errors';
import {
	journalEntryKind,
	newJournalEntry,
	type JournalEntry
} from '$lib/domain/journal/journal-entry';
import { voiceChunkKind } from '$lib/domain/journal/voice-note';
import { emptySection } from '$lib/domain/plan/plan-fields';
import { findSection } from '$lib/domain/plan/plan-sections';
import type { RecordKind, Saved } from '$lib/domain/record-kind';
import { RecordNotFoundError, VaultLockedError } from '$lib/vault/errors';
import { readSingle, writeSingle } from '$lib/vault/single-record';
import type { Vault } from '$lib/vault/vault.svelte';
import { newJournal, testVault } from './helpers';

let open: Vault[] = [];
afterEach(() => {
	for (const vault of open) vault.close();
	open = [];
});

async function journal() {
	const made = await newJournal();
	open.push(made.vault);
	return made.vault;
}

const entry = (text: string, title = ''): JournalEntry => ({ ...newJournalEntry(), title, text });

describe('repository', () => {
	it('creates, lists, reads and updates records, keeping every earlier version', async () => {
		const vault = await journal();
		const first = await vault.records.create(journalEntryKind, entry('I walked to the pier'));
		await vault.records.create(journalEntryKind, entry('Slept well'));
		expect(first.revision).toBe(1);

		const updated = await vault.records.update(
			journalEntryKind,
			first.id,
			entry('I walked to the pier and back', 'A good day')
		);
		expect(updated).toMatchObject({ id: first.id, revision: 2, createdAt: first.createdAt });

		const list = await vault.records.list(journalEntryKind);
		expect(list.map((r) => r.data.text)).toEqual(['I walked to the pier and back', 'Slept well']);
		const history = await vault.records.history(journalEntryKind, first.id);
		expect(history.map((r) => [r.revision, r.data.text])).toEqual([
			[2, 'I walked to the pier and back'],
			[1, 'I walked to the pier']
		]);
		expect(await vault.records.get(journalEntryKind, first.id)).toEqual(updated);
	});

	it('removes a record with its history, and says so when it is already gone', async () => {
		const vault = await journal();
		const saved = await vault.records.create(journalEntryKind, entry('to be removed'));
		await vault.records.update(journalEntryKind, saved.id, entry('changed'));
		await vault.records.remove(journalEntryKind, saved.id);
		expect(await vault.records.list(journalEntryKind)).toEqual([]);
		expect(await vault.records.history(journalEntryKind, saved.id)).toEqual([]);
		await expect(vault.records.remove(journalEntryKind, saved.id)).rejects.toThrow(
			RecordNotFoundError
		);
		await expect(vault.records.update(journalEntryKind, saved.id, entry('x'))).rejects.toThrow(
			RecordNotFoundError
		);
		const { db } = vault.internals();
		expect(await db.revisions.count()).toBe(0);
	});

	it('removes records together and puts back exactly what was removed on undo', async () => {
		const vault = await journal();
		const kept = await vault.records.create(journalEntryKind, entry('stays'));
		const gone = await vault.records.create(journalEntryKind, entry('first words'));
		await vault.records.update(journalEntryKind, gone.id, entry('second words'));
		const chunks = voiceChunkKind(gone.id);
		await vault.records.create(chunks, { n: 0, audio: 'AAAA' });
		await vault.records.create(chunks, { n: 1, audio: 'BBBB' });
		const { db } = vault.internals();
		const before = { records: await db.records.toArray(), revisions: await db.revisions.toArray() };

		const undo = await vault.records.removeRestorably([
			{ kind: journalEntryKind, id: gone.id },
			{ kind: chunks }
		]);
		expect((await vault.records.list(journalEntryKind)).map((r) => r.id)).toEqual([kept.id]);
		expect(await vault.records.list(chunks)).toEqual([]);
		expect(await db.revisions.count()).toBe(0);

		await undo();
		const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
		expect((await db.records.toArray()).sort(byId)).toEqual(before.records.sort(byId));
		expect((await db.revisions.toArray()).sort(byId)).toEqual(before.revisions.sort(byId));
		expect(
			(await vault.records.history(journalEntryKind, gone.id)).map((r) => r.data.text)
		).toEqual(['second words', 'first words']);
		await expect(vault.records.removeRestorably([{ kind: chunks, id: kept.id }])).rejects.toThrow(
			RecordNotFoundError
		);
		expect(await db.records.count()).toBe(before.records.length);
	});

	it('refuses data its kind does not allow, and writes nothing', async () => {
		const vault = await journal();
		const tooLong = entry('x', 't'.repeat(201));
		await expect(vault.records.create(journalEntryKind, tooLong)).rejects.toThrow();
		expect(await vault.records.list(journalEntryKind)).toEqual([]);
	});

	it('stores no word, field name or kind name of a record in the clear', async () => {
		const vault = await journal();
		const saved = await vault.records.create(journalEntryKind, entry('lighthouse keeper', 'Tide'));
		await vault.records.update(
			journalEntryKind,
			saved.id,
			entry('lighthouse keeper again', 'Tide')
		);
		const { db } = vault.internals();
		// Every stored value (the column names id, kind, ciphertext are the vault's own).
		const rows = [...(await db.records.toArray()), ...(await db.revisions.toArray())];
		const raw = [
			...rows.flatMap((row) => Object.values(row)),
			...(await db.meta.toArray()).map((row) => row.value)
		]
			.map((value) =>
				value instanceof Uint8Array ? Buffer.from(value).toString('latin1') : JSON.stringify(value)
			)
			.join('\n');
		for (const secret of ['lighthouse', 'Tide', 'title', 'text', 'journal-entry', 'updatedAt'])
			expect(raw).not.toContain(secret);
	});

	it('refuses ciphertexts swapped between two records, and a truncated one', async () => {
		const vault = await journal();
		const a = await vault.records.create(journalEntryKind, entry('first'));
		const b = await vault.records.create(journalEntryKind, entry('second'));
		const { db } = vault.internals();
		const [rowA, rowB] = [(await db.records.get(a.id))!, (await db.records.get(b.id))!];

		await db.records.bulkPut([
			{ ...rowA, ciphertext: rowB.ciphertext },
			{ ...rowB, ciphertext: rowA.ciphertext }
		]);
		await expect(vault.records.get(journalEntryKind, a.id)).rejects.toThrow(TamperedRecordError);

		expect((await vault.records.listReadable(journalEntryKind)).refused).toHaveLength(2);

		await db.records.bulkPut([rowA, { ...rowB, ciphertext: rowB.ciphertext.slice(0, 60) }]);
		await expect(vault.records.get(journalEntryKind, b.id)).rejects.toThrow(TamperedRecordError);
		expect((await vault.records.get(journalEntryKind, a.id))?.data.text).toBe('first');
		// One bad record does not hide the others.
		const { records, refused } = await vault.records.listReadable(journalEntryKind);
		expect(records.map((r) => r.data.text)).toEqual(['first']);
		expect(refused).toEqual([new TamperedRecordError()]);
		await expect(vault.records.list(journalEntryKind)).rejects.toThrow(TamperedRecordError);
	});

	it('keeps all or none of a multi-record change', async () => {
		const vault = await journal();
		const repo = vault.records;
		await expect(
			repo.atomically(async () => {
				await repo.create(journalEntryKind, entry('one'));
				await repo.create(journalEntryKind, entry('two'));
				throw new Error('the page closed');
			})
		).rejects.toThrow('the page closed');
		expect(await repo.list(journalEntryKind)).toEqual([]);

		await repo.atomically(async () => {
			await repo.create(journalEntryKind, entry('one'));
			await repo.create(journalEntryKind, entry('two'));
		});
		expect(await repo.list(journalEntryKind)).toHaveLength(2);
	});

	it('tells components which kind changed', async () => {
		const vault = await journal();
		const before = vault.changes.version(journalEntryKind.name);
		await vault.records.create(journalEntryKind, entry('one'));
		expect(vault.changes.version(journalEntryKind.name)).toBe(before + 1);
	});

	it('saves an editor sitting as one revision: the first save keeps what came before', async () => {
		const vault = await journal();
		const records = vault.records;
		const save = async (
			current: Saved<JournalEntry> | null,
			text: string,
			keepPrevious: boolean
		) => {
			const { saved, written } = records.save(journalEntryKind, current, entry(text), {
				keepPrevious
			});
			await written;
			return saved;
		};
		const made = await save(null, 'first', false);
		expect(made.revision).toBe(1);
		// A new sitting: its first save keeps the version it started from ...
		let saved = await save(made, 'second', true);
		// ... and later autosaves of the same sitting replace each other.
		saved = await save(saved, 'second, more', false);
		saved = await save(saved, 'second, more still', false);
		expect(saved).toMatchObject({ id: made.id, revision: 2, createdAt: made.createdAt });
		const history = await records.history(journalEntryKind, made.id);
		expect(history.map((r) => [r.revision, r.data.text])).toEqual([
			[2, 'second, more still'],
			[1, 'first']
		]);
	});

	it('a save begun just before locking still reaches the disk, sealed with the live key', async () => {
		const { vault, passphrase } = await newJournal();
		open.push(vault);
		const made = await vault.records.create(journalEntryKind, entry('before'));
		const { written } = vault.records.save(journalEntryKind, made, entry('typed as it locked'), {
			keepPrevious: true
		});
		vault.lock();
		await written;
		await vault.unlockWithPassphrase(passphrase);
		const history = await vault.records.history(journalEntryKind, made.id);
		expect(history.map((r) => r.data.text)).toEqual(['typed as it locked', 'before']);
	});

	it('refuses to seal or open anything once the journal has locked', async () => {
		const vault = await journal();
		const made = await vault.records.create(journalEntryKind, entry('kept'));
		const records = vault.records;
		vault.lock();
		await expect(records.update(journalEntryKind, made.id, entry('late'))).rejects.toThrow(
			VaultLockedError
		);
		expect(() =>
			records.save(journalEntryKind, made, entry('late'), { keepPrevious: false })
		).toThrow(VaultLockedError);
		await expect(records.list(journalEntryKind)).rejects.toThrow(VaultLockedError);
	});
	it('runs each before-lock hook with the key still there, and locks even if one fails', async () => {
		const vault = await journal();
		const seen: boolean[] = [];
		const errors = console.error;
		console.error = () => {};
		const stop = vault.beforeLock(() => {
			throw new Error('an editor failed');
		});
		vault.beforeLock(() => seen.push(vault.status === 'unlocked'));
		vault.lock();
		console.error = errors;
		stop();
		expect(seen).toEqual([true]);
		expect(vault.status).toBe('locked');
	});
});

describe('two tabs writing the same record', () => {
	const aboutMe = findSection('about-me')!.kind;
	const about = (whoIAm: string) => ({ ...emptySection(findSection('about-me')!.fields), whoIAm });

	/** The same journal open and unlocked in two tabs. */
	async function twoTabs() {
		const made = await newJournal();
		const other = testVault(made.name);
		open.push(made.vault, other);
		await other.open();
		await other.unlockWithPassphrase(made.passphrase);
		return [made.vault, other, made.passphrase] as const;
	}

	const texts = async <T>(vault: Vault, kind: RecordKind<T>, id: string, of: (data: T) => string) =>
		(await vault.records.history(kind, id)).map((version) => of(version.data));

	it('keeps both when each tab saves over the version it opened: the later one is current', async () => {
		const [one, two] = await twoTabs();
		const opened = await one.records.create(journalEntryKind, entry('as opened'));
		const first = one.records.save(journalEntryKind, opened, entry('written in tab one'), {
			keepPrevious: true
		});
		await first.written;
		expect(await first.keptOther).toBe(false);

		const second = two.records.save(journalEntryKind, opened, entry('written in tab two'), {
			keepPrevious: true
		});
		await second.written;
		expect(await second.keptOther).toBe(true);
		const kept = await texts(one, journalEntryKind, opened.id, (data) => data.text);
		expect(kept[0]).toBe('written in tab two');
		expect(kept.slice(1).sort()).toEqual(['as opened', 'as opened', 'written in tab one'].sort());
	});

	it('sees no conflict in its own sitting of autosaves, even before one has committed', async () => {
		const [one] = await twoTabs();
		const opened = await one.records.create(journalEntryKind, entry('as opened'));
		const a = one.records.save(journalEntryKind, opened, entry('one'), { keepPrevious: true });
		const b = one.records.save(journalEntryKind, a.saved, entry('one two'), {
			keepPrevious: false
		});
		await Promise.all([a.written, b.written]);
		expect([await a.keptOther, await b.keptOther]).toEqual([false, false]);
		expect(await texts(one, journalEntryKind, opened.id, (data) => data.text)).toEqual([
			'one two',
			'as opened'
		]);
	});

	it('keeps the other tab’s words even when the journal locks as it saves', async () => {
		const [one, two, passphrase] = await twoTabs();
		const created = await one.records.create(journalEntryKind, entry('as opened'));
		// Tab two opens the entry itself, as a screen there would, before tab one changes it.
		const opened = (await two.records.get(journalEntryKind, created.id))!;
		await one.records.save(journalEntryKind, created, entry('from tab one'), {
			keepPrevious: false
		}).written;
		const late = two.records.save(journalEntryKind, opened, entry('from tab two, locking'), {
			keepPrevious: false
		});
		two.lock({ announce: false });
		await late.written;
		expect(await late.keptOther).toBe(true);
		await two.unlockWithPassphrase(passphrase);
		expect(await texts(two, journalEntryKind, opened.id, (data) => data.text)).toEqual([
			'from tab two, locking',
			'from tab one'
		]);
	});

	it('saves over a version another tab left that no longer opens, without failing', async () => {
		const [one] = await twoTabs();
		const opened = await one.records.create(journalEntryKind, entry('as opened'));
		const { db } = one.internals();
		await db.records.update(opened.id, { ciphertext: opened.id + 'altered outside Waymark' });
		const save = one.records.save(journalEntryKind, opened, entry('saved over it'), {
			keepPrevious: false
		});
		await save.written;
		expect(await save.keptOther).toBe(false);
		expect((await one.records.list(journalEntryKind)).map((e) => e.data.text)).toEqual([
			'saved over it'
		]);
	});

	it('makes one record when a single-record kind is started in both tabs', async () => {
		const [one, two] = await twoTabs();
		const first = one.records.save(aboutMe, null, about('started in tab one'), {
			keepPrevious: false
		});
		const second = two.records.save(aboutMe, null, about('started in tab two'), {
			keepPrevious: false
		});
		await Promise.all([first.written, second.written]);
		expect(first.saved.id).toBe(second.saved.id);
		expect(await second.keptOther).toBe(true);
		const records = await one.records.list(aboutMe);
		expect(records.map((record) => record.data.whoIAm)).toEqual(['started in tab two']);
		expect(await texts(one, aboutMe, first.saved.id, (data) => String(data.whoIAm))).toEqual([
			'started in tab two',
			'started in tab one'
		]);
	});

	it('writes settings started in both tabs to one record, the earlier kept as a revision', async () => {
		const [one, two] = await twoTabs();
		await Promise.all([
			writeSingle(one.records, aboutMe, about('settings from tab one')),
			writeSingle(two.records, aboutMe, about('settings from tab two'))
		]);
		const records = await one.records.list(aboutMe);
		expect(records).toHaveLength(1);
		const kept = await texts(one, aboutMe, records[0].id, (data) => String(data.whoIAm));
		expect(kept.sort()).toEqual(['settings from tab one', 'settings from tab two']);
	});

	it('starts a single-record kind from its defaults when its record no longer opens, and keeps that record', async () => {
		const [one] = await twoTabs();
		const damaged = await one.records.create(aboutMe, about('before the damage'));
		const { db } = one.internals();
		await db.records.update(damaged.id, { ciphertext: damaged.id + 'altered outside Waymark' });
		const fallback = about('the defaults');
		expect(await readSingle(one.records, aboutMe, fallback)).toEqual(fallback);
		await writeSingle(one.records, aboutMe, about('written after'));
		expect((await readSingle(one.records, aboutMe, fallback)).whoIAm).toBe('written after');
		// The damaged record is still there, untouched, for Check my journal to put back.
		expect((await db.records.get(damaged.id))?.ciphertext).toBe(
			damaged.id + 'altered outside Waymark'
		);
	});

	it('folds two records an older journal made of a single-record kind into one, keeping every word', async () => {
		const [one] = await twoTabs();
		// As older versions wrote them: each tab with a random id of its own.
		const legacy = { ...aboutMe, single: false };
		const older = await one.records.create(legacy, about('older, first words'));
		await one.records.update(legacy, older.id, about('older, second words'));
		await new Promise((resolve) => setTimeout(resolve, 5));
		const newer = await one.records.create(legacy, about('newer words'));
		expect(await one.records.list(aboutMe)).toHaveLength(2);

		const single = await one.records.single(aboutMe);
		expect(single?.data.whoIAm).toBe('newer words');
		expect(await one.records.list(aboutMe)).toHaveLength(1);
		expect(await readSingle(one.records, aboutMe, about(''))).toMatchObject({
			whoIAm: 'newer words'
		});
		expect((await texts(one, aboutMe, newer.id, (data) => String(data.whoIAm))).sort()).toEqual(
			['newer words', 'older, first words', 'older, second words'].sort()
		);
	});
});
