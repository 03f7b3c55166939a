import { ownerTagger } from '$lib/crypto/kind-tag';
import type { LegacyRevisionRow, RevisionRow, WaymarkDb } from './schema';

// Earlier versions stored before schema version 4 name their record in the clear (`of`). At
// unlock, with the key at hand, each gets its keyed owner tag instead, all in one transaction.
// Rows already tagged are not in the `of` index, so this touches nothing twice and costs one
// empty index read once every row is tagged.

export async function tagRevisionOwners(db: WaymarkDb, dataKey: Uint8Array): Promise<number> {
	if (db.verno < 4) return 0; // a test's older schema: no owner index to find them by
	const owner = ownerTagger(dataKey);
	return db.transaction('rw', db.revisions, () =>
		db.revisions.orderBy('of').modify((row: Partial<LegacyRevisionRow & RevisionRow>) => {
			row.owner = owner(row.of!);
			delete row.of;
		})
	);
}
