import type { RecordKind } from '$lib/domain/record-kind';
import type { Reader, Repository } from './repository';

// A kind of which there is only ever one record: the person's settings for a feature (their
// check-in scales, how often reviews come). Each change keeps the version before, as any does.
// The record has one fixed id (see Repository.save), so two tabs starting it write the same one.

/** The saved record's data, or `fallback` before anything is saved. */
export async function readSingle<T>(records: Reader, kind: RecordKind<T>, fallback: T) {
	return (await records.single(kind))?.data ?? fallback;
}

/** Read and written in one transaction, so a change made in another tab is kept as a revision. */
export async function writeSingle<T>(records: Repository, kind: RecordKind<T>, data: T) {
	await records.atomically(async () => {
		const saved = await records.single(kind);
		if (saved) await records.update(kind, saved.id, data);
		else await records.create(kind, data);
	});
}
