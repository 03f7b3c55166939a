import { checkinYear, checkinsKind, type Checkin } from '$lib/domain/journey/checkin';
import { maxEntries } from '$lib/domain/journey/gathered';
import { journalEntryKind } from '$lib/domain/journal/journal-entry';
import {
	emptyImportLog,
	importLogKind,
	importRecordOf,
	refuseIfImported,
	withImport
} from '$lib/domain/imports/import-log';
import type { ImportPlan } from '$lib/domain/imports/import-plan';
import { vault } from '$lib/vault';
import type { Repository } from '$lib/vault/repository';

// An import written all at once: its check-ins into their years, its journal entries on their
// own days, and the file in the import log, in one transaction, so a closed page or a full disk
// leaves the journal as it was. The log is read again inside it, so two tabs bringing in the
// same file write it once.

/** A year would hold more check-ins than one record keeps: nothing is written. */
export class ImportYearFullError extends Error {
	override name = 'ImportYearFullError';
	readonly code = 'import-year-full';
	constructor(
		readonly year: number,
		readonly room: number
	) {
		super(`The check-ins of ${year} would pass ${maxEntries}; room for ${room}.`);
	}
}

export interface WrittenImport {
	checkins: number;
	entries: number;
}

export async function writeImport(
	plan: ImportPlan,
	records: Repository = vault.records
): Promise<WrittenImport> {
	const byYear = new Map<number, Checkin[]>();
	for (const checkin of plan.checkins) {
		const year = checkinYear(checkin.at);
		byYear.set(year, [...(byYear.get(year) ?? []), checkin]);
	}
	await records.atomically(async () => {
		const log = (await records.single(importLogKind))?.data ?? emptyImportLog;
		refuseIfImported(log, plan.fingerprint);
		for (const [year, checkins] of byYear)
			await records.gather(checkinsKind(year), (current) => {
				const held = current.flatMap((record) => record.entries);
				const ids = new Set(held.map((entry) => entry.id));
				const fresh = checkins.filter((checkin) => !ids.has(checkin.id));
				if (held.length + fresh.length > maxEntries)
					throw new ImportYearFullError(year, Math.max(0, maxEntries - held.length));
				return { entries: [...held, ...fresh] };
			});
		for (const entry of plan.entries)
			await records.create(journalEntryKind, entry.data, { createdAt: entry.createdAt });
		const next = withImport(log, importRecordOf(plan));
		const saved = await records.single(importLogKind);
		if (saved) await records.update(importLogKind, saved.id, next);
		else await records.create(importLogKind, next);
	});
	return { checkins: plan.checkins.length, entries: plan.entries.length };
}
