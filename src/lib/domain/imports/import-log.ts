import * as v from 'valibot';
import { defineSingleKind } from '$lib/domain/record-kind';
import { daySchema, momentSchema } from '$lib/domain/journey/days';
import { ImportAlreadyDoneError } from './errors';
import { importApps } from './imported-day';
import type { ImportPlan } from './import-plan';

// Which files have been imported from other apps, kept in the vault (and so in backups): each
// by the SHA-256 of its bytes, with the app, the day and what was written. The same file is
// refused a second time, which with the ids made from it (import-ids.ts) keeps a journal from
// holding one export twice. A different export from the same app (a later one, say) is a
// different file; the screen can still say when the app was last imported from.

const count = v.pipe(v.number(), v.integer(), v.minValue(0));

export const importRecordSchema = v.object({
	fingerprint: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
	app: v.picklist(importApps),
	importedAt: momentSchema,
	checkins: count,
	entries: count,
	skipped: count,
	/** The first and last day imported; empty when none was. */
	first: v.optional(v.union([v.literal(''), daySchema]), ''),
	last: v.optional(v.union([v.literal(''), daySchema]), '')
});

export const importLogSchema = v.object({
	imports: v.pipe(v.array(importRecordSchema), v.maxLength(1000))
});

export type ImportRecord = v.InferOutput<typeof importRecordSchema>;
export type ImportLog = v.InferOutput<typeof importLogSchema>;

export const importLogKind = defineSingleKind<ImportLog>('import-log', importLogSchema);

export const emptyImportLog: ImportLog = { imports: [] };

/** The earlier import of this file, if there was one. */
export function alreadyImported(log: ImportLog, fingerprint: string): ImportRecord | undefined {
	const hex = fingerprint.toLowerCase();
	return log.imports.find((record) => record.fingerprint === hex);
}

/** Refuses a file imported before, naming the app and when. */
export function refuseIfImported(log: ImportLog, fingerprint: string): void {
	const earlier = alreadyImported(log, fingerprint);
	if (earlier) throw new ImportAlreadyDoneError(earlier.app, earlier.importedAt);
}

/** What the log keeps of a plan once it is written. */
export function importRecordOf(plan: ImportPlan): ImportRecord {
	const days = plan.rows.map((row) => row.day).sort();
	return {
		fingerprint: plan.fingerprint,
		app: plan.app,
		importedAt: plan.importedAt,
		checkins: plan.checkins.length,
		entries: plan.entries.length,
		skipped: plan.skipped.length,
		first: days[0] ?? '',
		last: days.at(-1) ?? ''
	};
}

/** The log with an import added: written in the same transaction as what it imported. */
export function withImport(log: ImportLog, record: ImportRecord): ImportLog {
	const others = log.imports.filter((r) => r.fingerprint !== record.fingerprint);
	return { imports: [...others, record].slice(-1000) };
}
