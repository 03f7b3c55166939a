// Each export is written as a sequence of pieces (a row, a heading, a check-in's line) and
// joined at the end, so no string grows piece by piece. The same pieces can be joined at once,
// for tests and small journals, or a slice of time at a time, giving the page back between
// slices, so years of check-ins never hold up a tap or the screen reader for long.

/** How long one slice runs before the page gets a turn: well inside the 50 ms of a long task. */
export const sliceMs = 12;

export interface PaceOptions {
	/** Stops the export between slices (the person left the screen, or the app locked). */
	signal?: AbortSignal;
}

type Yielding = { scheduler?: { yield?: () => Promise<void> } };

/** One turn for the page: scheduler.yield where there is one, as a hidden tab's timers are
 * slowed to once a second; a timer elsewhere. */
export function pause(): Promise<void> {
	const scheduler = (globalThis as Yielding).scheduler;
	if (scheduler?.yield) return scheduler.yield();
	return new Promise((resolve) => setTimeout(resolve));
}

/** Every piece, joined now. */
export function joinNow(pieces: Iterable<string>): string {
	return Array.from(pieces).join('');
}

/** Every piece, joined, giving the page a turn every slice. */
export async function joinPaced(
	pieces: Iterable<string>,
	{ signal }: PaceOptions = {}
): Promise<string> {
	const out: string[] = [];
	let since = performance.now();
	for (const piece of pieces) {
		out.push(piece);
		if (performance.now() - since > sliceMs) {
			await pause();
			signal?.throwIfAborted();
			since = performance.now();
		}
	}
	return out.join('');
}
