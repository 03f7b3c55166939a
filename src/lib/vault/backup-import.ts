import * as v from 'valibot';
import type { Packed } from '$lib/crypto/bytes';
import { TamperedRecordError } from '$lib/crypto/errors';
import { kindTagger, ownerTagger } from '$lib/crypto/kind-tag';
import type { WrappedKeys } from '$lib/crypto/keyring';
import { openEnvelope, sameSizeAs, sealRecord } from '$lib/crypto/record-envelope';
import { newRecordId } from '$lib/crypto/record-id';
import { sealedBodySchema } from '$lib/domain/record-kind';
import { BackupFormatError, type BackupFile } from './backup-file';
import { revisionKind } from './repository';
import type { MetaRow, RecordRow, RevisionRow, WaymarkDb } from './schema';

// Importing a backup happens in two steps. `verifyBackup` opens every record and earlier version
// with the backup's own data key and refuses the whole file if any one is altered, moved or cut
// short; only then do `replaceWith` or `mergeInto` write, in a single transaction.

type Body = v.InferOutput<typeof sealedBodySchema>;

export interface VerifiedBackup {
	file: BackupFile;
	dataKey: Uint8Array;
	records: { row: RecordRow; kind: string; body: Body }[];
	/** Each with its record's id, `of`, known once opened. */
	revisions: { row: RevisionRow; of: string; kind: string; body: Body }[];
}

export interface ImportCounts {
	/** Records in the backup, and earlier versions of them. */
	records: number;
	revisions: number;
}

export interface MergeCounts {
	/** Not in this journal yet. */
	added: number;
	/** Changed since, in the backup: the backup's version becomes current. */
	newer: number;
	/** Changed since, here: the backup's version joins the earlier versions. */
	older: number;
	/** Already here as they are. */
	same: number;
}

function damaged(): never {
	throw new BackupFormatError('backup-damaged');
}

function body(value: unknown): Body {
	const parsed = v.safeParse(sealedBodySchema, value);
	return parsed.success ? parsed.output : damaged();
}

/** Opens every sealed row of a backup whose data key is already unwrapped. */
export function verifyBackup(file: BackupFile, dataKey: Uint8Array): VerifiedBackup {
	const tag = kindTagger(dataKey);
	const open = (row: { id: string; ciphertext: Packed }) => {
		try {
			return openEnvelope(dataKey, row);
		} catch (error) {
			if (error instanceof TamperedRecordError) damaged();
			throw error;
		}
	};
	const ids = new Set<string>();
	const records = file.records.map((row) => {
		const { kind, body: content } = open(row);
		if (tag(kind) !== row.kind || ids.has(row.id)) damaged();
		ids.add(row.id);
		return { row, kind, body: body(content) };
	});
	const ownerTag = ownerTagger(dataKey);
	const byOwner = new Map(records.map(({ row, kind }) => [ownerTag(row.id), { of: row.id, kind }]));
	const revisionIds = new Set<string>();
	const revisions = file.revisions.map((stored) => {
		const { kind, body: content } = open(stored);
		// A version 1 file names the record in the clear: tagged here, as the journal stores it.
		const row: RevisionRow =
			'of' in stored
				? { id: stored.id, owner: ownerTag(stored.of), ciphertext: stored.ciphertext }
				: stored;
		const owner = byOwner.get(row.owner);
		if (!owner || kind !== revisionKind(owner.kind, owner.of) || revisionIds.has(row.id)) damaged();
		revisionIds.add(row.id);
		return { row, of: owner.of, kind: owner.kind, body: body(content) };
	});
	return { file, dataKey, records, revisions };
}

export function countBackup(backup: VerifiedBackup): ImportCounts {
	return { records: backup.records.length, revisions: backup.revisions.length };
}

/** The journal becomes the backup: its records, its keys (so its passphrase and recovery key). */
export async function replaceWith(
	db: WaymarkDb,
	backup: VerifiedBackup,
	settingsRow: (dataKey: Uint8Array) => MetaRow
) {
	await db.transaction('rw', db.meta, db.records, db.revisions, async () => {
		await db.records.clear();
		await db.revisions.clear();
		await db.records.bulkAdd(backup.file.records);
		await db.revisions.bulkAdd(backup.revisions.map(({ row }) => row));
		await db.meta.put({ key: 'keys', value: backup.file.keys satisfies WrappedKeys });
		await db.meta.put(settingsRow(backup.dataKey));
	});
}

/**
 * Plans adding the backup to the journal, resealed with this journal's key. Where a record is in
 * both, the newer version is current and the other is kept among its earlier versions, so
 * nothing is lost; a version already here is not added twice. `counts` are a preview: `apply`
 * plans again inside the transaction that writes, since another tab may have changed an item
 * in between, and returns the counts of what it did.
 */
export async function planMerge(
	db: WaymarkDb,
	backup: VerifiedBackup,
	dataKey: Uint8Array,
	localVersions: LocalVersions
) {
	const { counts } = await mergeRows(db, backup, dataKey, localVersions);
	return {
		counts,
		apply: () =>
			db.transaction('rw', db.records, db.revisions, async () => {
				const planned = await mergeRows(db, backup, dataKey, localVersions);
				await db.records.bulkPut(planned.records);
				await db.revisions.bulkPut(planned.revisions);
				return planned.counts;
			})
	};
}

type LocalVersions = (records: { row: RecordRow; kind: string }[]) => Promise<Map<string, Body[]>>;

/** The rows a merge would write as the journal stands now, and what they amount to. */
async function mergeRows(
	db: WaymarkDb,
	backup: VerifiedBackup,
	dataKey: Uint8Array,
	localVersions: LocalVersions
) {
	const tag = kindTagger(dataKey);
	const ownerTag = ownerTagger(dataKey);
	const counts: MergeCounts = { added: 0, newer: 0, older: 0, same: 0 };
	const records: RecordRow[] = [];
	const revisions: RevisionRow[] = [];
	const existing = await db.records.bulkGet(backup.records.map(({ row }) => row.id));
	const knownRevisions = new Set(
		(await db.revisions.bulkGet(backup.revisions.map(({ row }) => row.id)))
			.filter((row) => row !== undefined)
			.map((row) => row.id)
	);
	// Resealed at the size each was stored at, so its kind's padding carries over.
	type Sized = { ciphertext: Packed };
	const seal = (id: string, kind: string, content: Body, size: Sized): RecordRow => ({
		...sealRecord(dataKey, id, kind, content, sameSizeAs(size)),
		kind: tag(kind)
	});
	const sealRevision = (
		id: string,
		of: string,
		kind: string,
		content: Body,
		size: Sized
	): RevisionRow => ({
		id,
		owner: ownerTag(of),
		ciphertext: sealRecord(dataKey, id, revisionKind(kind, of), content, sameSizeAs(size))
			.ciphertext
	});
	const inBoth = backup.records.flatMap(({ kind }, i) => {
		const local = existing[i];
		if (local && local.kind !== tag(kind)) damaged();
		return local ? [{ row: local, kind }] : [];
	});
	const versionsHere = await localVersions(inBoth);
	for (const [i, { row, kind, body: incoming }] of backup.records.entries()) {
		if (!existing[i]) {
			counts.added++;
			records.push(seal(row.id, kind, incoming, row));
			continue;
		}
		const versions = versionsHere.get(row.id)!;
		const current = versions[0];
		if (versions.some((version) => version.updatedAt === incoming.updatedAt)) {
			counts.same++;
		} else if (incoming.updatedAt > current.updatedAt) {
			counts.newer++;
			const revision = Math.max(incoming.revision, current.revision + 1);
			records.push(seal(row.id, kind, { ...incoming, revision }, row));
			revisions.push(sealRevision(newRecordId(), row.id, kind, current, existing[i]!));
		} else {
			counts.older++;
			revisions.push(sealRevision(newRecordId(), row.id, kind, incoming, row));
		}
	}
	for (const { row, of, kind, body: earlier } of backup.revisions)
		if (!knownRevisions.has(row.id)) revisions.push(sealRevision(row.id, of, kind, earlier, row));
	return { counts, records, revisions };
}
