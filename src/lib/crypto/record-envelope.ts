import type { Padding } from '$lib/domain/record-kind';
import { pack, type Packed, utf8 } from './bytes';
import { EncodingError, SealedDataError, TamperedRecordError } from './errors';
import { pad, unpad } from './padding';
import { openAndRead, seal, sealedOverhead } from './secretbox';

// How one record is stored: { id, kind, ciphertext }. Everything about it, timestamps included,
// is inside the ciphertext, which repeats id and kind: a ciphertext moved to another row, or
// swapped between two records, no longer matches where it sits and is refused.

export interface StoredRecord {
	id: string;
	kind: string;
	/** Packed bytes: the form IndexedDB reads back fastest. */
	ciphertext: Packed;
}

interface Envelope {
	id: string;
	kind: string;
	body: unknown;
}

export function sealRecord(
	dataKey: Uint8Array,
	id: string,
	kind: string,
	body: unknown,
	padding: Padding = 'padme'
): StoredRecord {
	const envelope: Envelope = { id, kind, body };
	const sealed = seal(dataKey, pad(utf8.encode(JSON.stringify(envelope)), padding));
	return { id, kind, ciphertext: pack(sealed) };
}

/**
 * Opens a sealed record whose kind is not known in advance (a backup being checked), and returns
 * it with the kind it names. TamperedRecordError if it was altered, cut short or moved to
 * another id; the caller checks the kind.
 */
export function openEnvelope(
	dataKey: Uint8Array,
	stored: Pick<StoredRecord, 'id' | 'ciphertext'>
): { kind: string; body: unknown } {
	let envelope: Envelope;
	try {
		envelope = JSON.parse(
			openAndRead(dataKey, stored.ciphertext, (padded) => utf8.decode(unpad(padded)))
		);
	} catch (error) {
		if (
			error instanceof SealedDataError ||
			error instanceof EncodingError ||
			error instanceof SyntaxError ||
			error instanceof TypeError
		)
			throw new TamperedRecordError();
		throw error;
	}
	if (envelope?.id !== stored.id || typeof envelope.kind !== 'string')
		throw new TamperedRecordError();
	return { kind: envelope.kind, body: envelope.body };
}

/** The record's body, or TamperedRecordError if it was altered, cut short or moved. */
export function openRecord(dataKey: Uint8Array, stored: StoredRecord): unknown {
	const { kind, body } = openEnvelope(dataKey, stored);
	if (kind !== stored.kind) throw new TamperedRecordError();
	return body;
}

/**
 * Padding that reseals a record at the size it was stored at (a backup's record merged into this
 * journal), so whatever padding its kind chose carries over without the kind being known.
 */
export function sameSizeAs(stored: Pick<StoredRecord, 'ciphertext'>): Padding {
	return { atLeast: stored.ciphertext.length - sealedOverhead };
}
