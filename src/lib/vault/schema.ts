import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { pack, type Packed } from '$lib/crypto/bytes';
import { databaseName } from './presence';

// The database's shape, version by version. A new version is appended, never edited: each one
// carries the upgrade that brings data from the version before it, and a test opens data written
// by every version under the next one (tests/unit/vault/schema.test.ts).

/** A row of `records`: the id, a keyed tag for the kind, and everything else sealed. */
export interface RecordRow {
	id: string;
	kind: string;
	ciphertext: Packed;
}

/** A row of `revisions`: an earlier version of a record, sealed like a record, under a keyed
 * tag of the record's id (crypto/kind-tag.ts), so it cannot be tied to its record without the key. */
export interface RevisionRow {
	id: string;
	owner: string;
	ciphertext: Packed;
}

/** A row of `revisions` as versions 2 and 3 stored it, its record's id in the clear. */
export interface LegacyRevisionRow {
	id: string;
	of: string;
	ciphertext: Packed;
}

/** `meta` holds the wrapped keys (plain JSON: nothing in it is readable without a secret),
 * this device's vault settings, sealed, and the count of failed unlocks (plain: not secret). */
export interface MetaRow {
	key: 'keys' | 'settings' | 'unlock-failures';
	value: unknown;
}

export type WaymarkDb = Dexie & {
	meta: EntityTable<MetaRow, 'key'>;
	records: EntityTable<RecordRow, 'id'>;
	revisions: EntityTable<RevisionRow, 'id'>;
};

interface SchemaVersion {
	version: number;
	stores: Record<string, string | null>;
	upgrade?: Parameters<ReturnType<Dexie['version']>['upgrade']>[0];
}

export const schemaVersions: SchemaVersion[] = [
	// The keys, and one row per record.
	{ version: 1, stores: { meta: 'key', records: 'id, kind' } },
	// Earlier versions of each record, found by the record they belong to. Nothing moves.
	{ version: 2, stores: { revisions: 'id, of' } },
	// Sealed bytes held as packed strings rather than Uint8Arrays, which cost IndexedDB an
	// ArrayBuffer per row on every read. The bytes themselves do not change.
	{ version: 3, stores: {}, upgrade: packSealedBytes },
	// Earlier versions found by a keyed tag of their record (`owner`), not its id. The tag needs
	// the data key, which an upgrade never has: revision-owners.ts retags the old rows at unlock,
	// finding them by the `of` index, which stays for that alone.
	{ version: 4, stores: { revisions: 'id, owner, of' } },
	// Records found by kind and id together, so a long list is read in parts by id range and each
	// part opened while IndexedDB fetches the next (kind-rows.ts). Nothing moves; the new index
	// pairs what the kind index already did.
	{ version: 5, stores: { records: 'id, kind, [kind+id]' } }
];

async function packSealedBytes(tx: Transaction) {
	const packRow = (row: { ciphertext: unknown }) => {
		if (row.ciphertext instanceof Uint8Array) row.ciphertext = pack(row.ciphertext);
	};
	await tx.table('records').toCollection().modify(packRow);
	await tx.table('revisions').toCollection().modify(packRow);
	await tx
		.table('meta')
		.where('key')
		.equals('settings')
		.modify((row: { value: unknown }) => {
			if (row.value instanceof Uint8Array) row.value = pack(row.value);
		});
}

export const currentVersion = schemaVersions[schemaVersions.length - 1].version;

/** A Dexie instance declaring versions up to `upTo` (the tests open older ones). */
export function defineDatabase(upTo = currentVersion, name = databaseName): WaymarkDb {
	const db = new Dexie(name) as WaymarkDb;
	for (const { version, stores, upgrade } of schemaVersions) {
		if (version > upTo) break;
		const declared = db.version(version).stores(stores);
		if (upgrade) declared.upgrade(upgrade);
	}
	return db;
}
