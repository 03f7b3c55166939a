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

/** The body sealed inside each record's ciphertext: RecordMeta's times and revision, and data
 * that its kind's schema checks. */
export interface SealedBody {
	createdAt: string;
	updatedAt: string;
	revision: number;
	data: unknown;
}

const isTimestamp = (value: unknown): value is string =>
	typeof value === 'string' && v.ISO_TIMESTAMP_REGEX.test(value);

/**
 * The sealed body, as a new object holding only its four fields, or undefined if `body` is not
 * one. Checked by hand, not by a valibot object schema: every record read passes through here,
 * and this takes half the time; it accepts exactly what that schema did (tests/unit/domain/sealed-body.test.ts).
 */
export function readSealedBody(body: unknown): SealedBody | undefined {
	if (typeof body !== 'object' || body === null) return undefined;
	if (!('createdAt' in body && 'updatedAt' in body && 'revision' in body && 'data' in body))
		return undefined;
	const { createdAt, updatedAt, revision, data } = body;
	if (!isTimestamp(createdAt) || !isTimestamp(updatedAt)) return undefined;
	if (typeof revision !== 'number' || !Number.isInteger(revision) || revision < 1) return undefined;
	return { createdAt, updatedAt, revision, data };
}

/** readSealedBody as a schema, for code that checks with valibot. */
export const sealedBodySchema = v.pipe(
	v.custom<SealedBody>((body) => readSealedBody(body) !== undefined),
	v.transform((body) => readSealedBody(body)!)
);
