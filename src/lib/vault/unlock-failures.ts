import { WrongPassphraseError, WrongRecoveryKeyError } from '$lib/crypto/errors';
import type { MetaRow, WaymarkDb } from './schema';

// A growing wait after repeated wrong passphrases or recovery keys. Argon2id already makes each
// guess slow; this makes guessing by hand at the screen slower still. The count lives in the
// database beside the wrapped keys, so a reload, a second tab or cleared site storage for
// localStorage alone does not reset it; it is not secret.

const freeTries = 3;
/** No wait is ever longer than this, whatever is stored. */
export const longestWaitMs = 5 * 60_000;

export interface Failures {
	count: number;
	/** When the last failure happened, in ms since the epoch, by this device's clock. */
	at: number;
}

export const noFailures: Failures = { count: 0, at: 0 };

/** The wait after `count` failures in a row: none for the first two, then 2 s, 4 s, 8 s… */
export function delayAfter(count: number): number {
	if (count < freeTries) return 0;
	return Math.min(2 ** Math.min(count - freeTries + 1, 30) * 1000, longestWaitMs);
}

/**
 * Milliseconds until another try is allowed. A failure stamped later than now was recorded
 * while the clock was fast; its time means nothing, so it adds no wait (the count still grows).
 */
export function waitRemaining(failures: Failures, now: number): number {
	if (failures.at > now) return 0;
	return Math.min(longestWaitMs, Math.max(0, failures.at + delayAfter(failures.count) - now));
}

export function parseFailures(value: unknown): Failures {
	const { count, at } = (value ?? {}) as Partial<Record<keyof Failures, unknown>>;
	if (Number.isSafeInteger(count) && (count as number) >= 0 && Number.isFinite(at))
		return { count: count as number, at: at as number };
	// Unreadable: start counting again.
	return noFailures;
}

export async function readFailures(db: WaymarkDb): Promise<Failures> {
	return parseFailures((await db.meta.get('unlock-failures'))?.value);
}

function failuresRow(failures: Failures): MetaRow {
	return { key: 'unlock-failures', value: failures };
}

/**
 * Runs one try at unlocking unless a wait is running (UnlockWaitError). A wrong passphrase or
 * recovery key is counted before its error goes on; a success clears the count. Returns what
 * the try gave and how long it took. The caller makes sure tries take turns across tabs.
 */
export async function countedTry<T>(
	db: WaymarkDb,
	now: () => number,
	attempt: () => Promise<T>
): Promise<{ dataKey: T; ms: number }> {
	const failures = await readFailures(db);
	const wait = waitRemaining(failures, now());
	if (wait > 0) throw new UnlockWaitError(wait);
	const started = now();
	let dataKey: T;
	try {
		dataKey = await attempt();
	} catch (error) {
		if (error instanceof WrongPassphraseError || error instanceof WrongRecoveryKeyError)
			await db.meta.put(failuresRow({ count: failures.count + 1, at: now() }));
		throw error;
	}
	const ms = now() - started;
	if (failures.count > 0) await db.meta.delete('unlock-failures');
	return { dataKey, ms };
}

/** An unlock refused without trying, because of recent failures (perhaps in another tab). */
export class UnlockWaitError extends Error {
	override name = 'UnlockWaitError';
	constructor(readonly waitMs: number) {
		super('Unlocking waits a little after several wrong tries.');
	}
}
