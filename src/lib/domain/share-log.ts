import * as v from 'valibot';
import { defineGatheredKind, entryBase } from './journey/gathered';

// What the person has shared, kept in their own vault: when, what, until when, with or without a
// PIN. A long link is not kept: it is the summary, and it cannot be taken back anyway. A short
// one is, with the secret that shows its opens and stops it, which only this vault holds.

/** A short link's place on the relay, its secret (base64url) and the link to show again. */
const relayShareSchema = v.object({
	id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{22}$/)),
	manage: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/)),
	fragment: v.pipe(v.string(), v.maxLength(200)),
	viewLimit: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1)))
});

// Loose, so a field a later version adds (as `relay` was added) survives this version writing
// the list back: a tab left on an older build must not drop a short link's secret.
export const sharedEntrySchema = v.looseObject({
	...entryBase,
	kind: v.picklist(['summary', 'review']),
	/** The titles of the sections it held, as they were shown. */
	sections: v.pipe(v.array(v.pipe(v.string(), v.maxLength(500))), v.maxLength(60)),
	expires: momentNumber(),
	pin: v.boolean(),
	/** Absent for a long link. */
	relay: v.optional(relayShareSchema)
});

function momentNumber() {
	return v.pipe(v.number(), v.integer(), v.minValue(0));
}

export type SharedEntry = v.InferOutput<typeof sharedEntrySchema>;
export const shareLogKind = defineGatheredKind('share-log', sharedEntrySchema);
