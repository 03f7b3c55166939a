// Long texts are read from the page a moment after typing, not on every key: reading a
// 20,000-character textarea costs the browser milliseconds each time. Anything about to save
// calls commitPendingInput first, so nothing typed is left behind.

const pending = new Set<() => void>();

/** Keeps `commit` until it has run; returns a function that forgets it. */
export function holdInput(commit: () => void): () => void {
	pending.add(commit);
	return () => pending.delete(commit);
}

/** Reads every text still waiting, so the state holds exactly what is on screen. */
export function commitPendingInput() {
	for (const commit of [...pending]) commit();
}
