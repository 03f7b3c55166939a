import Dexie, { type IndexableType } from 'dexie';
import type { RecordRow, WaymarkDb } from './schema';

// Reading every row of a kind in one request makes opening them wait until the last one has
// arrived. In parts, IndexedDB fetches the next part while this thread opens the part it has, so
// most of the decrypting hides behind the fetch (bench/vault: about half the cost of a long list).
// Parts are ranges of record ids, which are random base64url: cut at every fourth character of
// that alphabet, they come out about equal. Fixed ids (single-record kinds) fall in some part too.

/** The index the parts are read by, from schema version 5. */
export const kindAndId = '[kind+id]';

const sortedAlphabet = '-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz';
const bounds: IndexableType[] = [Dexie.minKey];
for (let at = 4; at < sortedAlphabet.length; at += 4) bounds.push(sortedAlphabet[at]);
bounds.push(Dexie.maxKey);

/**
 * Hands every row under `tag` to `open`, part by part as each arrives, in one read transaction.
 * A database without the index (code opening an older version, in tests) is read in one part.
 */
export async function eachPartOfKind(
	records: WaymarkDb['records'],
	tag: string,
	open: (rows: RecordRow[]) => void
): Promise<void> {
	if (!records.schema.idxByName[kindAndId]) {
		open(await records.where('kind').equals(tag).toArray());
		return;
	}
	await records.db.transaction('r', records, () =>
		Promise.all(
			bounds
				.slice(1)
				.map((upper, part) =>
					records
						.where(kindAndId)
						.between([tag, bounds[part]], [tag, upper], true, false)
						.toArray()
						.then(open)
				)
		)
	);
}
