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
// same file write it once. Apps export their whole history each time, so a later export holds
// the rows of an earlier one: a check-in or entry already in the journal at the same moment
// with the same words is left as it is rather than written twice.

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
	/** Rows already in the journal (from an earlier export of the same app), not written again. */
	alreadyThere: number;
}

const sameCheckin = (c: Checkin) => `${c.at}|${JSON.stringify(c.scores)}|${c.helped}|${c.note}`;

export async function writeImport(
	plan: ImportPlan,
	records: Repository = vault.records
): Promise<WrittenImport> {
	const byYear = new Map<number, Checkin[]>();
	for (const checkin of plan.checkins) {
		const year = checkinYear(checkin.at);
		const ofYear = byYear.get(year);
		if (ofYear) ofYear.push(checkin);
		else byYear.set(year, [checkin]);
	}
	let alreadyThere = 0;
	let added = 0;
	let entries = 0;
	await records.atomically(async () => {
		const saved = await records.single(importLogKind);
		const log = saved?.data ?? emptyImportLog;
		refuseIfImported(log, plan.fingerprint);
		for (const [year, checkins] of byYear)
			await records.gather(checkinsKind(year), (current) => {
				const held = current.flatMap((record) => record.entries);
				const ids = new Set(held.map((entry) => entry.id));
				const same = new Set(held.map(sameCheckin));
				const fresh = checkins.filter((c) => !ids.has(c.id) && !same.has(sameCheckin(c)));
				alreadyThere += checkins.length - fresh.length;
				added += fresh.length;
				if (held.length + fresh.length > maxEntries)
					throw new ImportYearFullError(year, Math.max(0, maxEntries - held.length));
				return { entries: [...held, ...fresh] };
			});
		const written = new Set(
			(await records.list(journalEntryKind)).map(
				(e) => `${e.createdAt}|${e.data.title}|${e.data.text}`
			)
		);
		for (const entry of plan.entries) {
			if (written.has(`${entry.createdAt}|${entry.data.title}|${entry.data.text}`)) {
				alreadyThere++;
				continue;
			}
			await records.create(journalEntryKind, entry.data, { createdAt: entry.createdAt });
			entries++;
		}
		const next = withImport(log, importRecordOf(plan));
		if (saved) await records.update(importLogKind, saved.id, next);
		else await records.create(importLogKind, next);
	});
	return { checkins: added, entries, alreadyThere };
}
