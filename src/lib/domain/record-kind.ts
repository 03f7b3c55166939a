import * as v from 'valibot';

// A kind of record the journal holds: its stored name and the one schema that checks its data,
// wherever the data comes from (this device, a backup, a migration).

export interface RecordKind<T> {
	/** Stable: records are found by it, so it never changes once released. */
	readonly name: string;
	readonly schema: v.GenericSchema<unknown, T>;
}

export function defineKind<T>(name: string, schema: v.GenericSchema<unknown, T>): RecordKind<T> {
	return { name, schema };
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
