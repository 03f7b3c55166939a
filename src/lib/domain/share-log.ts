import * as v from 'valibot';
import { defineGatheredKind, entryBase } from './journey/gathered';

// What the person has shared, kept in their own vault: when, what, until when, with or without a
// PIN. The link itself is not kept: it is the summary, and it cannot be taken back anyway.

export const sharedEntrySchema = v.object({
	...entryBase,
	kind: v.picklist(['summary', 'review']),
	/** The titles of the sections it held, as they were shown. */
	sections: v.pipe(v.array(v.pipe(v.string(), v.maxLength(500))), v.maxLength(60)),
	expires: momentNumber(),
	pin: v.boolean()
});

function momentNumber() {
	return v.pipe(v.number(), v.integer(), v.minValue(0));
}

export type SharedEntry = v.InferOutput<typeof sharedEntrySchema>;
export const shareLogKind = defineGatheredKind('share-log', sharedEntrySchema);
