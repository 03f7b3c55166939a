// Locks the journal after a quiet spell, and when the app comes back after being hidden for
// longer than that. Timers are throttled in the background, so coming back is checked on its
// own rather than trusted to a timer.

const activityEvents = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input'] as const;

export function startAutoLock(limitMs: number, lock: () => void, now = () => Date.now()) {
	let lastActivity = now();
	let hiddenAt: number | null = null;
	let timer: ReturnType<typeof setTimeout> | undefined;

	const schedule = () => {
		clearTimeout(timer);
		timer = setTimeout(check, Math.max(1000, lastActivity + limitMs - now()));
	};
	const check = () => {
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
		if (hiddenAt !== null && now() - hiddenAt >= limitMs) return lock();
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
