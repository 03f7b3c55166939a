import { afterEach, describe, expect, it } from 'vitest';
import { checkinsKind, type Checkin } from '$lib/domain/journey/checkin';
import { joinEntries, withEntry } from '$lib/domain/journey/gathered';
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
});
