import { afterEach, describe, expect, it } from 'vitest';
import { pack, unpack } from '$lib/crypto/bytes';
import { openRecord, sealRecord } from '$lib/crypto/record-envelope';
import { kindTagger } from '$lib/crypto/kind-tag';
import { checkinsKind, type Checkin } from '$lib/domain/journey/checkin';
import { joinEntries, withEntry } from '$lib/domain/journey/gathered';
import { exportBackup, prepareImport } from '$lib/vault/backup';
import { UnreadableRecordError } from '$lib/vault/errors';
import type { Vault } from '$lib/vault/vault.svelte';
import { newJournal } from './helpers';

let open: Vault[] = [];
afterEach(() => {
	for (const vault of open) vault.close();
	open = [];
});

async function journal() {
	const made = await newJournal();
	open.push(made.vault);
	return made;
}

const checkin = (id: string, note: string): Checkin => ({
	id,
	at: '2026-11-30T08:00:00.000Z',
	updatedAt: '2026-11-30T08:00:00.000Z',
	scores: { mood: 4 },
	ticked: [],
	helped: '',
	note
});

describe('records that gather many entries', () => {
	it('adds entries to one record per kind, without keeping a copy per change', async () => {
		const { vault } = await journal();
		const kind = checkinsKind(2026);
		await vault.records.gather(kind, ([year]) => ({
			entries: withEntry(year?.entries ?? [], checkin('a', 'first'))
		}));
		const saved = await vault.records.gather(kind, ([year]) => ({
			entries: withEntry(year?.entries ?? [], checkin('b', 'second'))
		}));
		expect(saved.revision).toBe(2);
		const records = await vault.records.list(kind);
		expect(records).toHaveLength(1);
		expect(joinEntries(records.map((r) => r.data)).map((e) => e.note)).toEqual(['first', 'second']);
		expect(await vault.records.history(kind, saved.id)).toHaveLength(1);
	});

	it('counts both of two changes made at once (two tabs checking in together)', async () => {
		const { vault } = await journal();
		const kind = checkinsKind(2026);
		await Promise.all(
			['a', 'b', 'c'].map((id) =>
				vault.records.gather(kind, ([year]) => ({
					entries: withEntry(year?.entries ?? [], checkin(id, id))
				}))
			)
		);
		const [record] = await vault.records.list(kind);
		expect(record.data.entries.map((e) => e.id).sort()).toEqual(['a', 'b', 'c']);
	});

	it('folds two records of one kind (from a merged backup) into one when next changed', async () => {
		const { vault } = await journal();
		const kind = checkinsKind(2026);
		await vault.records.create(kind, { entries: [checkin('a', 'from the phone')] });
		await vault.records.create(kind, { entries: [checkin('b', 'from the backup')] });
		await vault.records.gather(kind, (years) => ({ entries: joinEntries(years) }));
		const records = await vault.records.list(kind);
		expect(records).toHaveLength(1);
		expect(records[0].data.entries.map((e) => e.id).sort()).toEqual(['a', 'b']);
	});

	it('reads the records of many kinds in one go, and keeps each kind apart at rest', async () => {
		const { vault } = await journal();
		await vault.records.create(checkinsKind(2025), { entries: [checkin('a', 'last year')] });
		await vault.records.create(checkinsKind(2026), { entries: [checkin('b', 'this year')] });
		const all = await vault.records.listKinds([
			checkinsKind(2024),
			checkinsKind(2025),
			checkinsKind(2026)
		]);
		expect(all.flatMap((r) => r.data.entries.map((e) => e.note)).sort()).toEqual([
			'last year',
			'this year'
		]);
		const rows = await vault.internals().db.records.toArray();
		const raw = rows.map((row) => JSON.stringify(row)).join('\n');
		expect(raw).not.toContain('checkins');
		expect(raw).not.toContain('this year');
	});

	it('stores a year of check-ins at one size for many counts, so its size does not count them', async () => {
		const { vault } = await journal();
		const kind = checkinsKind(2026);
		const { db, dataKey } = vault.internals();
		const tag = kindTagger(dataKey)(kind.name);
		const sizes: number[] = [];
		for (let n = 1; n <= 120; n++) {
			await vault.records.gather(kind, (years) => ({
				entries: withEntry(joinEntries(years), checkin(`c${n}`, `a note of the day ${n}`))
			}));
			const [row] = await db.records.where('kind').equals(tag).toArray();
			sizes.push(unpack(row.ciphertext).length);
		}
		// Each check-in adds about 150 bytes: sizes in powers of two hide the count within a factor of two.
		expect(new Set(sizes).size).toBeLessThanOrEqual(7);
		// From 60 to 100 check-ins (9 to 15 KB), one size.
		expect(new Set(sizes.slice(59, 100)).size).toBe(1);
	});

	it('keeps the padded size of a year of check-ins merged in from a backup', async () => {
		const source = await journal();
		const kind = checkinsKind(2025);
		for (let n = 1; n <= 30; n++)
			await source.vault.records.gather(kind, (years) => ({
				entries: withEntry(joinEntries(years), checkin(`c${n}`, `a note of the day ${n}`))
			}));
		const { text } = await exportBackup(source.vault);
		const target = await journal();
		const merging = await prepareImport(target.vault, text, { passphrase: source.passphrase });
		await merging.applyMerge();
		const { db, dataKey } = target.vault.internals();
		const [row] = await db.records.where('kind').equals(kindTagger(dataKey)(kind.name)).toArray();
		const padded = unpack(row.ciphertext).length - 40;
		expect(Math.log2(padded) % 1).toBe(0);
		expect((await target.vault.records.list(kind))[0].data.entries).toHaveLength(30);
	});
});

describe('a gathered record with a part that cannot be read', () => {
	const kind = checkinsKind(2026);
	const when = '2026-11-30T08:00:00.000Z';

	/** Seals data as the vault would, without checking it: what a newer version or a bug may leave. */
	async function plant(vault: Vault, id: string, data: unknown) {
		const { db, dataKey } = vault.internals();
		const body = { createdAt: when, updatedAt: when, revision: 1, data };
		const sealed = sealRecord(dataKey, id, kind.name, body, kind.padding);
		await db.records.put({ ...sealed, kind: kindTagger(dataKey)(kind.name) });
	}

	async function openRaw(vault: Vault, id: string) {
		const { db, dataKey } = vault.internals();
		const row = (await db.records.get(id))!;
		return openRecord(dataKey, { ...row, kind: kind.name }) as { data: { entries: unknown[] } };
	}

	it('skips an entry that fails its schema, keeps it on disk, and counts it', async () => {
		const { vault } = await journal();
		const broken = { id: 'x', at: 'not a time', scores: 'none' };
		await plant(vault, 'year', { entries: [checkin('a', 'kept'), broken] });

		const read = await vault.records.readGathered([kind]);
		expect(read.records.flatMap((r) => r.data.entries.map((e) => e.note))).toEqual(['kept']);
		expect(read.unread).toEqual([{ kind: kind.name, parts: 1 }]);

		await vault.records.gather(kind, (years) => ({
			entries: withEntry(joinEntries(years), checkin('b', 'new'))
		}));
		const after = await vault.records.readGathered([kind]);
		expect(after.records.flatMap((r) => r.data.entries.map((e) => e.note))).toEqual([
			'kept',
			'new'
		]);
		expect(after.unread).toEqual([{ kind: kind.name, parts: 1 }]);
		// The entry it could not read is still there, exactly as it was.
		expect((await openRaw(vault, 'year')).data.entries).toContainEqual(broken);
	});

	it('leaves a record that does not open untouched, and keeps new entries in another', async () => {
		const { vault } = await journal();
		const { db } = vault.internals();
		const first = await vault.records.gather(kind, () => ({ entries: [checkin('a', 'older')] }));
		const row = (await db.records.get(first.id))!;
		const bytes = unpack(row.ciphertext);
		bytes[40] ^= 1;
		await db.records.put({ ...row, ciphertext: pack(bytes) });
		const damaged = (await db.records.get(first.id))!;

		expect(await vault.records.readGathered([kind])).toEqual({
			records: [],
			unread: [{ kind: kind.name, parts: 1 }]
		});
		await expect(vault.records.listKinds([kind])).rejects.toThrow(UnreadableRecordError);

		await vault.records.gather(kind, (years) => ({
			entries: withEntry(joinEntries(years), checkin('b', 'today'))
		}));
		await vault.records.gather(kind, (years) => ({
			entries: withEntry(joinEntries(years), checkin('c', 'later'))
		}));
		const read = await vault.records.readGathered([kind]);
		expect(read.records.flatMap((r) => r.data.entries.map((e) => e.note))).toEqual([
			'today',
			'later'
		]);
		expect(read.unread).toEqual([{ kind: kind.name, parts: 1 }]);
		expect(await db.records.get(first.id)).toEqual(damaged);
		expect(await db.records.count()).toBe(2);
	});
});
