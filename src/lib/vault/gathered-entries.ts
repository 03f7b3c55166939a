import {
	joinEntries,
	withEntry,
	withoutEntry,
	type Entry,
	type GatheredKind
} from '$lib/domain/journey/gathered';
import type { Reader, Repository, UnreadParts } from './repository';

// Entries gathered many to a record (check-ins per year, a goal's journey, the share log), read
// and changed one entry at a time. Every such kind goes through here, so each reads and writes
// its entries the same way (lib/domain/journey/gathered.ts says why they are gathered).

/** Every entry of a kind, oldest first; throws if any part of it cannot be read. */
export async function allEntries<E extends Entry>(records: Reader, kind: GatheredKind<E>) {
	return joinEntries((await records.list(kind)).map((r) => r.data));
}

/**
 * The entries of several kinds (check-ins of many years) as one list, oldest first, skipping
 * what cannot be read; `unread` counts the skipped parts by kind, so a screen can say so.
 */
export async function readableEntries<E extends Entry>(
	records: Reader,
	kinds: readonly GatheredKind<E>[]
): Promise<{ entries: E[]; unread: UnreadParts[] }> {
	const { records: found, unread } = await records.readGathered(kinds);
	return { entries: joinEntries(found.map((r) => r.data)), unread };
}

/** As readableEntries, but each kind's entries apart (each goal's journey), by kind name. */
export async function readableEntriesByKind<E extends Entry>(
	records: Reader,
	kinds: readonly GatheredKind<E>[]
): Promise<Map<string, E[]>> {
	const { records: found } = await records.readGathered(kinds);
	return new Map(
		kinds.map(({ name }) => [
			name,
			joinEntries(found.filter((r) => r.kind === name).map((r) => r.data))
		])
	);
}

/** Adds an entry, or saves a change to one (matched by id). */
export async function putEntry<E extends Entry>(
	records: Repository,
	kind: GatheredKind<E>,
	entry: E
) {
	await records.gather(kind, (held) => ({ entries: withEntry(joinEntries(held), entry) }));
}

export async function removeEntry<E extends Entry>(
	records: Repository,
	kind: GatheredKind<E>,
	id: string
) {
	await records.gather(kind, (held) => ({ entries: withoutEntry(joinEntries(held), id) }));
}
