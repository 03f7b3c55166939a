import * as v from 'valibot';
import { defineKind, type RecordKind } from '$lib/domain/record-kind';
import { momentSchema } from './days';

// Many small entries (check-ins, a goal's progress updates) gathered into one record each, so
// that ten years of twice-daily check-ins open as ten records rather than seven thousand. An
// entry keeps its own id and times, so it can be edited and removed on its own.

export const entryId = v.pipe(v.string(), v.minLength(1), v.maxLength(64));

export const entryBase = {
	id: entryId,
	/** When it happened: what timelines and charts order by. */
	at: momentSchema,
	updatedAt: momentSchema
} as const;

export interface Entry {
	id: string;
	at: string;
	updatedAt: string;
}

export const maxEntries = 5_000;

export function gatheredSchema<E extends Entry>(entry: v.GenericSchema<unknown, E>) {
	return v.object({ entries: v.pipe(v.array(entry), v.maxLength(maxEntries)) });
}

export type Gathered<E> = { entries: E[] };

/** A kind whose records gather entries: read entry by entry, so one bad entry hides only itself. */
export interface GatheredKind<E extends Entry> extends RecordKind<Gathered<E>> {
	readonly entry: v.GenericSchema<unknown, E>;
}

export function defineGatheredKind<E extends Entry>(
	name: string,
	entry: v.GenericSchema<unknown, E>,
	family = name
): GatheredKind<E> {
	// Powers of two: such a record grows by about one entry's size per entry, and Padmé's finer
	// sizes (a step of 1/16 to 1/32 of the size) would tell the number of entries within a few.
	return { ...defineKind(name, gatheredSchema(entry), family, 'power-of-two'), entry };
}

/**
 * A gathered record's entries that pass their schema, and the others exactly as they were, to be
 * kept on disk for a later repair. Null when the record does not hold a list of entries at all.
 */
export function readEntries<E extends Entry>(
	kind: GatheredKind<E>,
	data: unknown
): { entries: E[]; unread: unknown[] } | null {
	const held = (data as { entries?: unknown } | null)?.entries;
	if (!Array.isArray(held)) return null;
	const entries: E[] = [];
	const unread: unknown[] = [];
	for (const entry of held) {
		const read = v.safeParse(kind.entry, entry);
		if (read.success) entries.push(read.output);
		else unread.push(entry);
	}
	return { entries, unread };
}

/**
 * The entries of one or more records of a kind as one list, oldest first. There is normally one
 * record; a merged backup can bring a second, and an entry in both counts once, as last changed.
 */
export function joinEntries<E extends Entry>(records: Gathered<E>[]): E[] {
	if (records.length === 1) return sortByTime([...records[0].entries]);
	const byId = new Map<string, E>();
	for (const { entries } of records)
		for (const entry of entries) {
			const seen = byId.get(entry.id);
			if (!seen || seen.updatedAt < entry.updatedAt) byId.set(entry.id, entry);
		}
	return sortByTime([...byId.values()]);
}

function sortByTime<E extends Entry>(entries: E[]): E[] {
	return entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/** The entries with one added or replaced (matched by id). */
export function withEntry<E extends Entry>(entries: E[], entry: E): E[] {
	const at = entries.findIndex((e) => e.id === entry.id);
	return at === -1 ? [...entries, entry] : entries.with(at, entry);
}

export function withoutEntry<E extends Entry>(entries: E[], id: string): E[] {
	return entries.filter((e) => e.id !== id);
}
