import * as v from 'valibot';

// A kind of record the journal holds: its stored name and the one schema that checks its data,
// wherever the data comes from (this device, a backup, a migration), and how its sealed size is
// hidden.

/**
 * How a kind's plaintext is padded before sealing (lib/crypto/padding.ts). Padmé suits records
 * written once by the person; a record that grows by a known step per entry needs coarser
 * buckets, or its size counts the entries; a kind of one size at most pads to that size.
 */
export type Padding = 'padme' | 'power-of-two' | { atLeast: number };

export interface RecordKind<T> {
	/** Stable: records are found by it, so it never changes once released. */
	readonly name: string;
	readonly schema: v.GenericSchema<unknown, T>;
	/**
	 * What screens listen to for changes: the name itself, or one name for a family of kinds made
	 * per year or per goal (`checkins:2026`, `checkins:2027` are both `checkins`).
	 */
	readonly family: string;
	readonly padding: Padding;
	/** Only ever one record (a feature's settings, a plan section): it has one fixed id. */
	readonly single?: boolean;
}

export function defineKind<T>(
	name: string,
	schema: v.GenericSchema<unknown, T>,
	family = name,
	padding: Padding = 'padme'
): RecordKind<T> {
	return { name, schema, family, padding };
}

/** A kind of which there is only ever one record, so two tabs starting it write the same one. */
export function defineSingleKind<T>(
	name: string,
	schema: v.GenericSchema<unknown, T>
): RecordKind<T> {
	return { ...defineKind(name, schema), single: true };
}

/** Metadata the vault keeps for every record, inside its ciphertext. */
export interface RecordMeta {
	id: string;
	createdAt: string;
	updatedAt: string;
	/** 1 for the first version, counting up with each change. */
	revision: number;
}

export type Saved<T> = RecordMeta & { data: T };

const isoDate = v.pipe(v.string(), v.isoTimestamp());

/** The body sealed inside each record's ciphertext. */
export const sealedBodySchema = v.object({
	createdAt: isoDate,
	updatedAt: isoDate,
	revision: v.pipe(v.number(), v.integer(), v.minValue(1)),
	data: v.unknown()
});
