import type { RecordKind } from '$lib/domain/record-kind';
import type { Repository } from './repository';

// A kind of which there is only ever one record: the person's settings for a feature (their
// check-in scales, how often reviews come). Each change keeps the version before, as any does.

/** The saved record's data, or `fallback` before anything is saved. */
export async function readSingle<T>(records: Repository, kind: RecordKind<T>, fallback: T) {
	const [saved] = await records.list(kind);
	return saved?.data ?? fallback;
}

export async function writeSingle<T>(records: Repository, kind: RecordKind<T>, data: T) {
	const [saved] = await records.list(kind);
	if (saved) await records.update(kind, saved.id, data);
	else await records.create(kind, data);
}
