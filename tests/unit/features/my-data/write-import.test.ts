import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { checkinsKind, defaultScales, type Checkin } from '$lib/domain/journey/checkin';
import { maxEntries } from '$lib/domain/journey/gathered';
import { journalEntryKind } from '$lib/domain/journal/journal-entry';
import { ImportAlreadyDoneError } from '$lib/domain/imports/errors';
import { importLogKind } from '$lib/domain/imports/import-log';
import { importSteps, type Planned } from '$lib/features/my-data/import-steps';
import { ImportYearFullError, writeImport } from '$lib/features/my-data/write-import';
import type { Vault } from '$lib/vault/vault.svelte';
import { newJournal } from '../../vault/helpers';

// An import read, planned and written as the screen does it (without the worker): all of it in
// one transaction, or nothing.

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

const sample = new Uint8Array(readFileSync('tests/fixtures/imports/daylio-sample.csv'));

async function planned(bytes = sample): Promise<Planned> {
	const step = importSteps('failed');
	const answer = await step({
		type: 'read',
		bytes,
		timeZone: 'Europe/London',
		scaleSettings: defaultScales,
		importedAt: '2026-12-01T12:00:00.000Z'
	});
	if (answer.type === 'failed') throw new Error(answer.message);
	return answer;
}

const allCheckins = async (vault: Vault) =>
	(await vault.records.readGathered([checkinsKind(2024)])).records.flatMap((r) => r.data.entries);

describe('writing an import', () => {
	it('writes every check-in and entry of the plan, with the file in the log', async () => {
		const vault = await journal();
		const { plan } = await planned();
		expect(plan.checkins.length).toBeGreaterThan(20);
		const written = await writeImport(plan, vault.records);
		expect(written).toEqual({
			checkins: plan.checkins.length,
			entries: plan.entries.length,
			alreadyThere: 0
		});
		const checkins = await allCheckins(vault);
		expect(checkins.map((c) => c.id).sort()).toEqual(plan.checkins.map((c) => c.id).sort());
		expect(checkins.find((c) => c.scores.mood === 5)).toBeTruthy();
		const entries = await vault.records.list(journalEntryKind);
		expect(entries).toHaveLength(plan.entries.length);
		// On the days they were written in the other app, not today.
		expect(entries.every((e) => e.createdAt < '2025-01-01')).toBe(true);
		const log = await vault.records.single(importLogKind);
		expect(log?.data.imports).toMatchObject([{ fingerprint: plan.fingerprint, app: 'daylio' }]);
	});

	it('refuses the same file a second time, adding nothing', async () => {
		const vault = await journal();
		await writeImport((await planned()).plan, vault.records);
		const before = (await allCheckins(vault)).length;
		await expect(writeImport((await planned()).plan, vault.records)).rejects.toBeInstanceOf(
			ImportAlreadyDoneError
		);
		expect(await allCheckins(vault)).toHaveLength(before);
	});

	it('leaves what an earlier export brought in as it is when a later export holds it too', async () => {
		const vault = await journal();
		const { plan } = await planned();
		await writeImport(plan, vault.records);
		// The same rows in a different file (a later export), so a different fingerprint and ids.
		const later = await planned(new Uint8Array([...sample, ...new TextEncoder().encode('\n')]));
		expect(later.plan.fingerprint).not.toBe(plan.fingerprint);
		const written = await writeImport(later.plan, vault.records);
		expect(written).toEqual({
			checkins: 0,
			entries: 0,
			alreadyThere: plan.checkins.length + plan.entries.length
		});
		expect(await allCheckins(vault)).toHaveLength(plan.checkins.length);
		expect(await vault.records.list(journalEntryKind)).toHaveLength(plan.entries.length);
	});

	it('keeps the check-ins already there, and writes nothing when a year would overflow', async () => {
		const vault = await journal();
		const own: Checkin = {
			id: 'mine',
			at: '2024-04-01T08:00:00.000Z',
			updatedAt: '2024-04-01T08:00:00.000Z',
			scores: { mood: 2 },
			ticked: [],
			helped: '',
			note: 'my own'
		};
		await vault.records.gather(checkinsKind(2024), () => ({ entries: [own] }));
		const { plan } = await planned();
		await writeImport(plan, vault.records);
		expect((await allCheckins(vault)).find((c) => c.id === 'mine')?.note).toBe('my own');

		const other = await journal();
		const full = Array.from({ length: maxEntries - 3 }, (_, n) => ({ ...own, id: `own-${n}` }));
		await other.records.gather(checkinsKind(2024), () => ({ entries: full }));
		await expect(writeImport(plan, other.records)).rejects.toBeInstanceOf(ImportYearFullError);
		expect(await allCheckins(other)).toHaveLength(full.length);
		expect(await other.records.list(journalEntryKind)).toHaveLength(0);
		expect(await other.records.single(importLogKind)).toBeNull();
	});

	it('says in words what is wrong with a broken file', async () => {
		const step = importSteps('failed');
		const answer = await step({
			type: 'read',
			bytes: new Uint8Array(readFileSync('tests/fixtures/imports/daylio-truncated.csv')),
			timeZone: 'Europe/London',
			scaleSettings: defaultScales,
			importedAt: '2026-12-01T12:00:00.000Z'
		});
		expect(answer).toMatchObject({
			type: 'failed',
			message: expect.stringMatching(/never closes/)
		});
	});
});
