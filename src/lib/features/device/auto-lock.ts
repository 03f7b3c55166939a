// Locks the journal after a quiet spell, and when the app comes back after being hidden for
// longer than that. Timers are throttled in the background, so coming back is checked on its
// own rather than trusted to a timer.

const activityEvents = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input'] as const;

// Something the person started and is still doing with their hands off the screen (recording a
// voice note) counts as activity: the journal does not lock in the middle of it.
let holds = 0;
/** When the last hold ended: the quiet time counts from then. */
let releasedAt = 0;

/** Keeps auto-lock from firing until the returned function is called. Lock and Quick exit still work. */
export function holdAutoLock(): () => void {
	holds++;
	let released = false;
	return () => {
		if (!released) {
			holds--;
			releasedAt = Date.now();
		}
		released = true;
	};
}

export function startAutoLock(limitMs: number, lock: () => void, now = () => Date.now()) {
	let lastActivity = now();
	let hiddenAt: number | null = null;
	let timer: ReturnType<typeof setTimeout> | undefined;

	const schedule = () => {
		clearTimeout(timer);
		timer = setTimeout(check, Math.max(1000, lastActivity + limitMs - now()));
	};
	const check = () => {
		if (holds > 0) lastActivity = now();
		lastActivity = Math.max(lastActivity, releasedAt);
		if (now() - lastActivity >= limitMs) lock();
		else schedule();
	};
	const activity = () => {
		lastActivity = now();
	};
	const visibility = () => {
		if (document.visibilityState === 'hidden') {
			hiddenAt = now();
			return;
		}
		if (hiddenAt !== null && holds === 0 && now() - hiddenAt >= limitMs) return lock();
		hiddenAt = null;
		activity();
		schedule();
	};

	for (const type of activityEvents)
		addEventListener(type, activity, { capture: true, passive: true });
	document.addEventListener('visibilitychange', visibility);
	schedule();

	return () => {
		clearTimeout(timer);
		for (const type of activityEvents) removeEventListener(type, activity, { capture: true });
		document.removeEventListener('visibilitychange', visibility);
	};
}
