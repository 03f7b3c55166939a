// Runs work while no other tab of this app runs work under the same name (the Web Locks API).
// Where the API is missing (Node in the tests, very old browsers) calls in this page still take
// turns, which is all there is to serialise.

const queues = new Map<string, Promise<unknown>>();

function inThisPage<T>(name: string, work: () => Promise<T>): Promise<T> {
	const previous = queues.get(name) ?? Promise.resolve();
	const next = previous.then(work);
	// The caller gets the failure from `next`; the queue only needs to know the turn is over.
	queues.set(
		name,
		next.catch(() => undefined)
	);
	return next;
}

export function oneAtATime<T>(name: string, work: () => Promise<T>): Promise<T> {
	const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
	if (!locks?.request) return inThisPage(name, work);
	return locks.request(name, { mode: 'exclusive' }, work) as Promise<T>;
}
