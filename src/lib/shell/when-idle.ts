/** Runs work once the page has loaded and the browser has a quiet moment (Safari lacks idle callbacks). */
export function whenIdle(work: () => void) {
	const schedule = () =>
		'requestIdleCallback' in window
			? requestIdleCallback(() => work(), { timeout: 2000 })
			: setTimeout(work, 200);
	if (document.readyState === 'complete') schedule();
	else addEventListener('load', schedule, { once: true });
}
