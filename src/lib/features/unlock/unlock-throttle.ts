// A growing wait after repeated wrong passphrases or recovery keys. Argon2id already makes each
// guess slow; this makes guessing by hand at the screen slower still, and survives a reload.

const storageKey = 'waymark.unlock-failures';
const freeTries = 3;
const maxDelaySeconds = 300;

export interface Failures {
	count: number;
	/** When the last failure happened, in ms since the epoch. */
	at: number;
}

/** The wait after `count` failures in a row: none for the first three, then 2 s, 4 s, 8 s… */
export function delayAfter(count: number): number {
	if (count < freeTries) return 0;
	return Math.min(2 ** (count - freeTries + 1), maxDelaySeconds) * 1000;
}

/** Milliseconds until another try is allowed. */
export function waitRemaining(failures: Failures, now: number): number {
	return Math.max(0, failures.at + delayAfter(failures.count) - now);
}

export function readFailures(storage: Pick<Storage, 'getItem'> = localStorage): Failures {
	try {
		const value = JSON.parse(storage.getItem(storageKey) ?? 'null');
		if (Number.isSafeInteger(value?.count) && Number.isFinite(value?.at)) return value;
	} catch {
		// Unreadable: start counting again.
	}
	return { count: 0, at: 0 };
}

export function recordFailure(now: number, storage: Storage = localStorage): Failures {
	const failures = { count: readFailures(storage).count + 1, at: now };
	storage.setItem(storageKey, JSON.stringify(failures));
	return failures;
}

export function clearFailures(storage: Storage = localStorage) {
	storage.removeItem(storageKey);
}
