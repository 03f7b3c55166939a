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

/**
 * The hint app.html's first script reads before anything is drawn: a journal is here, so the
 * page shows a neutral "Opening…" instead of the welcome it holds for a first visit. It says
 * nothing IndexedDB does not already say (a Waymark database exists), and erasing clears it.
 */
export const journalHereKey = 'waymark.journal-here';

/** Keeps or drops the hint; a browser refusing storage only costs a returning person the hint. */
export function noteJournalHere(here: boolean): void {
	try {
		if (here) localStorage.setItem(journalHereKey, '1');
		else localStorage.removeItem(journalHereKey);
	} catch {
		// Storage refused (some private modes): the welcome shows until IndexedDB is asked.
	}
}
