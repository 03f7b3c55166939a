import { utf8 } from './bytes';
import { EncodingError, SealedDataError, TamperedRecordError } from './errors';
import { pad, unpad } from './padding';
import { open, seal } from './secretbox';

// How one record is stored: { id, kind, ciphertext }. Everything about it, timestamps included,
// is inside the ciphertext, which repeats id and kind: a ciphertext moved to another row, or
// swapped between two records, no longer matches where it sits and is refused.

export interface StoredRecord {
	id: string;
	kind: string;
	ciphertext: Uint8Array;
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
	body: unknown
): StoredRecord {
	const envelope: Envelope = { id, kind, body };
	return { id, kind, ciphertext: seal(dataKey, pad(utf8.encode(JSON.stringify(envelope)))) };
}

/** The record's body, or TamperedRecordError if it was altered, cut short or moved. */
export function openRecord(dataKey: Uint8Array, stored: StoredRecord): unknown {
	let envelope: Envelope;
	try {
		envelope = JSON.parse(utf8.decode(unpad(open(dataKey, stored.ciphertext))));
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
	if (envelope?.id !== stored.id || envelope?.kind !== stored.kind) throw new TamperedRecordError();
	return envelope.body;
}
