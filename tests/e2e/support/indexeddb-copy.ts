import type { WaymarkDb } from '../../../src/lib/vault/schema';
import { databaseName } from '../../../src/lib/vault/presence';

// A whole IndexedDB database copied out of fake-indexeddb in Node and into a browser, for
// journals seeded in Node (journal-seed.ts).

/** A whole IndexedDB database, stores, indexes and rows, as plain data. */
export interface IndexedDBDatabase {
	name: string;
	version: number;
	stores: {
		name: string;
		autoIncrement: boolean;
		keyPath: string;
		indexes: { name: string; keyPath: string; multiEntry: boolean; unique: boolean }[];
		records: { value: unknown }[];
	}[];
}

/** Every store of a database, rows and all, under the name the app opens. */
export async function snapshot(db: WaymarkDb): Promise<IndexedDBDatabase> {
	const idb = db.backendDB();
	const request = <T>(r: IDBRequest<T>) =>
		new Promise<T>((resolve, reject) => {
			r.onsuccess = () => resolve(r.result);
			r.onerror = () => reject(r.error);
		});
	const names = [...idb.objectStoreNames];
	const tx = idb.transaction(names, 'readonly');
	const stores = await Promise.all(
		names.map(async (name) => {
			const store = tx.objectStore(name);
			if (typeof store.keyPath !== 'string')
				throw new Error(`The seed expects in-line keys; ${name} has none`);
			const rows = await request(store.getAll());
			return {
				name,
				autoIncrement: store.autoIncrement,
				keyPath: store.keyPath,
				indexes: [...store.indexNames].map((indexName) => {
					const index = store.index(indexName);
					return {
						name: index.name,
						keyPath: index.keyPath as string,
						multiEntry: index.multiEntry,
						unique: index.unique
					};
				}),
				// Plain JSON only (the vault stores sealed bytes as packed strings), so it
				// crosses into the browser as it is.
				records: rows.map((value) => ({ value: JSON.parse(JSON.stringify(value)) }))
			};
		})
	);
	return { name: databaseName, version: idb.version, stores };
}

/** Runs in the browser: replaces the database of that name with the one given. */
export async function restore(database: IndexedDBDatabase) {
	const done = (request: IDBRequest | IDBTransaction) =>
		new Promise((resolve, reject) => {
			if (request instanceof IDBTransaction) {
				request.oncomplete = resolve;
				request.onerror = () => reject(request.error);
			} else {
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			}
		});
	const deleting = indexedDB.deleteDatabase(database.name);
	deleting.onblocked = () => console.error('The seed waits for a page that holds the journal open');
	await done(deleting);
	const opening = indexedDB.open(database.name, database.version);
	opening.onupgradeneeded = () => {
		for (const store of database.stores) {
			const { keyPath, autoIncrement } = store;
			const created = opening.result.createObjectStore(store.name, { keyPath, autoIncrement });
			for (const { name, keyPath, unique, multiEntry } of store.indexes)
				created.createIndex(name, keyPath, { unique, multiEntry });
		}
	};
	const db = (await done(opening)) as IDBDatabase;
	const tx = db.transaction(
		database.stores.map((store) => store.name),
		'readwrite'
	);
	for (const store of database.stores)
		for (const { value } of store.records) tx.objectStore(store.name).add(value);
	await done(tx);
	db.close();
}
