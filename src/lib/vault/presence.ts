// Whether this browser may hold a journal, asked without loading Dexie or the crypto: a first
// visit then shows its welcome at once and fetches the vault only when the person begins.

/** The IndexedDB database the vault keeps everything in. */
export const databaseName = 'waymark';

/**
 * False only when the browser lists its databases and Waymark's is not among them. Where it
 * cannot tell (no indexedDB.databases(), or an error), the answer is true and the vault decides.
 */
export async function journalMayExist(): Promise<boolean> {
	try {
		if (typeof indexedDB?.databases !== 'function') return true;
		const databases = await indexedDB.databases();
		return databases.some((database) => database.name === databaseName);
	} catch {
		return true;
	}
}
