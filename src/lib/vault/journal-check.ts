import * as v from 'valibot';
import { wipe } from '$lib/crypto/bytes';
import { TamperedRecordError } from '$lib/crypto/errors';
import { kindTagger, ownerTagger } from '$lib/crypto/kind-tag';
import { openEnvelope, sameSizeAs, sealRecord } from '$lib/crypto/record-envelope';
import { sealedBodySchema } from '$lib/domain/record-kind';
import { openBackup, readBackup, type BackupSecret } from './backup';
import type { VerifiedBackup } from './backup-import';
import { revisionKind } from './repository';
import type { RecordRow, RevisionRow, WaymarkDb } from './schema';
import type { Vault } from './vault.svelte';

// "Check my journal": every record and earlier version is opened with the data key, and any that
// does not open (changed on disk, cut short, moved) is listed, by what it is where its tag says
// so. Those parts, and only those, can then be put back from a backup that holds them.

export interface UnreadablePart {
	id: string;
	/** A record, or an earlier version of the record `of`. */
	table: 'records' | 'revisions';
	/** The kind's name, when its tag matches a kind this journal knows; null when it does not. */
	kind: string | null;
	/** For an earlier version: the record it belongs to, when that is known. */
	of: string | null;
}

export interface JournalCheck {
	/** Records and earlier versions opened. */
	checked: number;
	unreadable: UnreadablePart[];
}

function opens(dataKey: Uint8Array, row: { id: string; ciphertext: string }): string | null {
	try {
		const { kind, body } = openEnvelope(dataKey, row);
		return v.is(sealedBodySchema, body) ? kind : null;
	} catch (error) {
		if (error instanceof TamperedRecordError) return null;
		throw error;
	}
}

/**
 * The kind names a tag may stand for beyond those of the records that open (a year's check-ins,
 * a plan section, the journey of a goal that opens), so a part that no longer opens can still be
 * called by what it is.
 */
export type KindNames = (opened: { id: string; kind: string }[]) => readonly string[];

/** Opens everything, in one read transaction so the answer is of one moment. */
export async function checkJournal(
	db: WaymarkDb,
	dataKey: Uint8Array,
	kindNames: KindNames = () => []
): Promise<JournalCheck> {
	const [records, revisions] = await db.transaction('r', db.records, db.revisions, () =>
		Promise.all([db.records.toArray(), db.revisions.toArray()])
	);
	const tag = kindTagger(dataKey);
	const unreadable: UnreadablePart[] = [];
	const kindOf = new Map<string, string>();
	for (const row of records) {
		const kind = opens(dataKey, row);
		if (kind !== null && tag(kind) === row.kind) kindOf.set(row.id, kind);
		else unreadable.push({ id: row.id, table: 'records', kind: null, of: null });
	}
	const opened = [...kindOf].map(([id, kind]) => ({ id, kind }));
	const names = new Map(
		[...kindNames(opened), ...kindOf.values()].map((name) => [tag(name), name])
	);
	for (const part of unreadable) {
		const row = records.find((record) => record.id === part.id)!;
		part.kind = names.get(row.kind) ?? null;
	}
	// Earlier versions are stored under a keyed tag of their record: found from each record's id.
	const ownerTag = ownerTagger(dataKey);
	const recordOf = new Map(records.map((row) => [ownerTag(row.id), row.id]));
	for (const row of revisions) {
		const of = recordOf.get(row.owner) ?? null;
		const owner = of === null ? undefined : kindOf.get(of);
		const kind = opens(dataKey, row);
		if (owner && of !== null && kind === revisionKind(owner, of)) continue;
		// An earlier version that opens, of a record that does not, is sound: it may be the
		// only copy of those words left, so it is not listed as lost.
		if (!owner && of !== null && kind?.startsWith('revision:') && kind.endsWith(`:${of}`)) continue;
		const named = owner ?? unreadable.find((part) => part.id === of)?.kind ?? null;
		unreadable.push({ id: row.id, table: 'revisions', kind: named, of });
	}
	return { checked: records.length + revisions.length, unreadable };
}

export interface Repair {
	/** Parts the backup holds, with when that version was saved. */
	found: { part: UnreadablePart; updatedAt: string }[];
	/** Parts the backup does not hold (made after it, or damaged in it too). */
	missing: UnreadablePart[];
	/** Writes the backup's versions of the found parts, each only if it is still unreadable;
	 * resolves with the ids of the parts it wrote. */
	apply(): Promise<string[]>;
}

/**
 * Plans putting back, from a checked backup, just the parts that do not open: each resealed
 * with this journal's key, in its own place. Nothing that opens is touched.
 */
export function planRepair(
	db: WaymarkDb,
	dataKey: Uint8Array,
	backup: VerifiedBackup,
	parts: UnreadablePart[]
): Repair {
	const tag = kindTagger(dataKey);
	const records = new Map(backup.records.map((entry) => [entry.row.id, entry]));
	const revisions = new Map(backup.revisions.map((entry) => [entry.row.id, entry]));
	const found: Repair['found'] = [];
	const missing: UnreadablePart[] = [];
	const rows: { part: UnreadablePart; record?: RecordRow; revision?: Partial<RevisionRow> }[] = [];
	for (const part of parts) {
		if (part.table === 'records') {
			const entry = records.get(part.id);
			if (!entry) {
				missing.push(part);
				continue;
			}
			const sealed = sealRecord(dataKey, part.id, entry.kind, entry.body, sameSizeAs(entry.row));
			rows.push({ part, record: { ...sealed, kind: tag(entry.kind) } });
			found.push({ part, updatedAt: entry.body.updatedAt });
		} else {
			const entry = revisions.get(part.id);
			if (!entry || (part.of !== null && entry.of !== part.of)) {
				missing.push(part);
				continue;
			}
			const sealedKind = revisionKind(entry.kind, entry.of);
			const size = sameSizeAs(entry.row);
			const { ciphertext } = sealRecord(dataKey, part.id, sealedKind, entry.body, size);
			rows.push({ part, revision: { ciphertext } });
			found.push({ part, updatedAt: entry.body.updatedAt });
		}
	}
	return {
		found,
		missing,
		apply: () =>
			db.transaction('rw', db.records, db.revisions, async () => {
				const written: string[] = [];
				for (const { part, record, revision } of rows) {
					// Another tab may have put it back already: a part that opens now is left alone.
					if (record) {
						const now = await db.records.get(part.id);
						if (now && opens(dataKey, now) !== null) continue;
						await db.records.put(record);
					} else if (revision) {
						const now = await db.revisions.get(part.id);
						if (!now || opens(dataKey, now) !== null) continue;
						await db.revisions.put({ ...now, ...revision });
					}
					written.push(part.id);
				}
				return written;
			})
	};
}

/** The journal open now, checked. */
export function checkOpenJournal(vault: Vault, kindNames?: KindNames) {
	const { db, dataKey } = vault.internals();
	return checkJournal(db, dataKey, kindNames);
}

/** Reads and unlocks a backup, then plans putting back from it the parts that do not open. */
export async function prepareRepair(
	vault: Vault,
	text: string,
	secret: BackupSecret,
	parts: UnreadablePart[]
): Promise<Repair> {
	const backup = await openBackup(vault, readBackup(text), secret);
	try {
		const { db, dataKey } = vault.internals();
		const repair = planRepair(db, dataKey, backup, parts);
		return {
			...repair,
			apply: async () => {
				const written = await repair.apply();
				vault.changes.changedAll();
				return written;
			}
		};
	} finally {
		wipe(backup.dataKey);
	}
}
