import * as v from 'valibot';
import { decodeBase64url, encodeBase64url } from '$lib/crypto/base64url';
import { pack, unpack } from '$lib/crypto/bytes';
import { EncodingError, KdfParamsError } from '$lib/crypto/errors';
import { validateKdfParams } from '$lib/crypto/kdf';
import type { WrappedKeys } from '$lib/crypto/keyring';
import { withinCalibration } from './kdf-calibration';
import type { LegacyRevisionRow, RecordRow, RevisionRow } from './schema';

// The `.waymark` backup file: JSON holding the wrapped keys and every record and earlier version,
// still sealed exactly as stored. Reading it checks its whole shape before anything else happens.

export const backupFormat = 'waymark-backup';
// 2: an earlier version names its record by a keyed tag (`owner`), as the database does; version 1
// named it in the clear (`of`), and is still read.
export const backupVersion = 2;

/** A backup this version cannot use. The message says what is wrong and what to try. */
export class BackupFormatError extends Error {
	override name = 'BackupFormatError';
}

/**
 * A backup whose key parameters ask for more work than Waymark's calibration ever chooses, on
 * any device: refused before any derivation, since honouring it could hold a phone for minutes.
 * The person's words are the backup screen's (`tooCostly`).
 */
export class BackupTooCostlyError extends Error {
	override name = 'BackupTooCostlyError';
	readonly code = 'backup-too-costly';
	constructor() {
		super('The backup asks for key parameters stronger than calibration ever chooses.');
	}
}

export const backupMessages = {
	empty:
		'This file is empty: there is nothing in it to bring back. Choose the file my backup was saved as, which ends in .waymark.',
	notJson:
		"This file isn't complete: it may have been cut short while it was copied or downloaded. Try another copy of the backup.",
	notBackup: "This isn't a Waymark backup. Choose a file that ends in .waymark.",
	future:
		'This backup was made by a newer version of Waymark. Update Waymark on this device, then try again.',
	damaged:
		'This backup is damaged: part of it is missing or has been changed. Try another copy of the backup.'
};

const base64url = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]*$/));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(64));

const fileSchema = v.object({
	format: v.literal(backupFormat),
	version: v.picklist([1, backupVersion]),
	exportedAt: v.pipe(v.string(), v.isoTimestamp()),
	keys: v.object({
		version: v.literal(1),
		kdf: v.unknown(),
		byPassphrase: base64url,
		byRecoveryKey: base64url
	}),
	records: v.array(v.object({ id, kind: base64url, ciphertext: base64url })),
	revisions: v.array(
		v.union([
			v.object({ id, owner: base64url, ciphertext: base64url }),
			v.object({ id, of: id, ciphertext: base64url })
		])
	)
});

export interface BackupFile {
	exportedAt: string;
	keys: WrappedKeys;
	records: RecordRow[];
	/** Legacy rows come from version 1 files; verifyBackup tags them. */
	revisions: (RevisionRow | LegacyRevisionRow)[];
}

export function writeBackupFile(
	keys: WrappedKeys,
	records: RecordRow[],
	revisions: RevisionRow[],
	now = new Date()
): string {
	return JSON.stringify({
		format: backupFormat,
		version: backupVersion,
		exportedAt: now.toISOString(),
		keys,
		records: records.map((row) => ({
			...row,
			ciphertext: encodeBase64url(unpack(row.ciphertext))
		})),
		revisions: revisions.map((row) => ({
			...row,
			ciphertext: encodeBase64url(unpack(row.ciphertext))
		}))
	});
}

/** Parses and checks a backup's text; BackupFormatError says what is wrong with it. */
export function readBackupFile(text: string): BackupFile {
	if (!text.trim()) throw new BackupFormatError(backupMessages.empty);
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		// Only what began as a backup was cut short; anything else is some other file.
		const begun = text.trimStart().startsWith('{') && text.includes(`"${backupFormat}"`);
		throw new BackupFormatError(begun ? backupMessages.notJson : backupMessages.notBackup);
	}
	if (
		typeof json !== 'object' ||
		json === null ||
		(json as { format?: unknown }).format !== backupFormat
	)
		throw new BackupFormatError(backupMessages.notBackup);
	const version = (json as { version?: unknown }).version;
	if (typeof version === 'number' && version > backupVersion)
		throw new BackupFormatError(backupMessages.future);
	const parsed = v.safeParse(fileSchema, json);
	if (!parsed.success) throw new BackupFormatError(backupMessages.damaged);
	const { exportedAt, keys, records, revisions } = parsed.output;
	try {
		const kdf = validateKdfParams(keys.kdf);
		if (!withinCalibration(kdf)) throw new BackupTooCostlyError();
		return {
			exportedAt,
			keys: { ...keys, kdf },
			records: records.map((row) => ({
				...row,
				ciphertext: pack(decodeBase64url(row.ciphertext))
			})),
			revisions: revisions.map((row) => ({
				...row,
				ciphertext: pack(decodeBase64url(row.ciphertext))
			}))
		};
	} catch (error) {
		if (error instanceof EncodingError || error instanceof KdfParamsError)
			throw new BackupFormatError(backupMessages.damaged);
		throw error;
	}
}
