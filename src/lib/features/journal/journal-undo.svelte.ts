// The entry last deleted, offered back on the journal's page after the editor has gone. Held
// in memory only, and dropped when the journal locks (the undo needs the key it was sealed with).

import { vault } from '$lib/vault';

class JournalUndo {
	#removed = $state.raw<{ name: string; undo: () => Promise<void> } | null>(null);

	get removed() {
		return this.#removed;
	}

	offer(name: string, undo: () => Promise<void>) {
		this.#removed = { name, undo };
		const stop = vault.beforeLock(() => {
			this.clear();
			stop();
		});
	}

	clear() {
		this.#removed = null;
	}
}

export const journalUndo = new JournalUndo();
