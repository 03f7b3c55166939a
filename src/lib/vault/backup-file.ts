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

/** What is wrong with a backup file, one code for each thing the person is told (vault/text.ts). */
export type BackupProblem =
	'backup-empty' | 'backup-cut-short' | 'backup-not-waymark' | 'backup-newer' | 'backup-damaged';

/** A backup this version cannot use; its code says what is wrong. */
export class BackupFormatError extends Error {
	override name = 'BackupFormatError';
	constructor(readonly code: BackupProblem) {
		super(`Not a backup this version can use: ${code}.`);
	}
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
	if (!text.trim()) throw new BackupFormatError('backup-empty');
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		// Only what began as a backup was cut short; anything else is some other file.
		const begun = text.trimStart().startsWith('{') && text.includes(`"${backupFormat}"`);
		throw new BackupFormatError(begun ? 'backup-cut-short' : 'backup-not-waymark');
	}
	if (
		typeof json !== 'object' ||
		json === null ||
		(json as { format?: unknown }).format !== backupFormat
	)
		throw new BackupFormatError('backup-not-waymark');
	const version = (json as { version?: unknown }).version;
	if (typeof version === 'number' && version > backupVersion)
		throw new BackupFormatError('backup-newer');
	const parsed = v.safeParse(fileSchema, json);
	if (!parsed.success) throw new BackupFormatError('backup-damaged');
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
			throw new BackupFormatError('backup-damaged');
		throw error;
	}
}
