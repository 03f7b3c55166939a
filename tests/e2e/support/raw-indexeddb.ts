import type { Page } from '@playwright/test';

/**
 * Every value in every store of Waymark's IndexedDB, read directly as an attacker with the
 * device would, bytes as Latin-1 text. Column names are left out: they are the vault's own.
 */
export function readRawDatabase(
	page: Page
): Promise<{ stores: string[]; rows: number; dump: string }> {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('waymark');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const stores = [...db.objectStoreNames];
		const values: string[] = [];
		let rows = 0;
		for (const name of stores) {
			const all = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
				const request = db.transaction(name).objectStore(name).getAll();
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			rows += all.length;
			for (const row of all)
				for (const value of Object.values(row))
					values.push(
						value instanceof Uint8Array
							? Array.from(value, (byte) => String.fromCharCode(byte)).join('')
							: typeof value === 'string'
								? value
								: JSON.stringify(value)
					);
		}
		db.close();
		return { stores, rows, dump: values.join('\n') };
	});
}

/** Changes stored records directly, as something outside Waymark might. */
export function tamperWithRecords(page: Page, how: 'swap' | 'truncate') {
	return page.evaluate(async (how) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('waymark');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const store = db.transaction('records', 'readwrite').objectStore('records');
		const rows = await new Promise<{ id: string; kind: string; ciphertext: string }[]>(
			(resolve) => {
				const request = store.getAll();
				request.onsuccess = () => resolve(request.result);
			}
		);
		const [a, b] = rows;
		if (how === 'swap') {
			store.put({ ...a, ciphertext: b.ciphertext });
			store.put({ ...b, ciphertext: a.ciphertext });
		} else {
			store.put({ ...a, ciphertext: a.ciphertext.slice(0, a.ciphertext.length - 20) });
		}
		await new Promise((resolve) => (store.transaction.oncomplete = resolve));
		db.close();
	}, how);
}
