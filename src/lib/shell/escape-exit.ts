// Escape pressed three times in a row leaves Waymark: a way out that needs no aim, from any
// screen and any state. A dialog's own Escape still closes it first; the third press leaves.

export const escapesToExit = 3;
export const escapeWindowMs = 1500;

/**
 * Counts presses of Escape: true on the press that makes `times` in a row within `withinMs`
 * of the first of them. Any other key breaks the row.
 */
export function escapeCounter(times = escapesToExit, withinMs = escapeWindowMs) {
	let presses: number[] = [];
	return {
		escape(now: number): boolean {
			presses = [...presses.filter((at) => now - at <= withinMs), now];
			if (presses.length < times) return false;
			presses = [];
			return true;
		},
		other() {
			presses = [];
		}
	};
}

/** Calls `leave` on the third Escape in a row; returns what stops listening. */
export function leaveOnEscapes(leave: () => void, target: Window = window): () => void {
	const counter = escapeCounter();
	const listener = (event: KeyboardEvent) => {
		// A key held down repeats; composing text with an input method uses Escape to cancel.
		if (event.repeat || event.isComposing) return;
		if (event.key !== 'Escape') return counter.other();
		if (counter.escape(event.timeStamp)) leave();
	};
	// Capture, so a component that stops Escape from bubbling still counts towards the way out.
	target.addEventListener('keydown', listener, { capture: true });
	return () => target.removeEventListener('keydown', listener, { capture: true });
}
