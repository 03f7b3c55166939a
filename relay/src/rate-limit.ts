// Requests allowed per client address in each minute, counted in this process only: behind a
// load balancer each relay process counts its own, so the whole allows that many times more.
// Only counts are kept, by address, and forgotten when the minute ends; never which share.

export interface Limits {
	create: number;
	open: number;
	manage: number;
}

export const defaultLimits: Limits = { create: 20, open: 60, manage: 120 };
/** Addresses counted in one minute at most. */
const maxAddresses = 100_000;

export class RateLimiter {
	#window = -1;
	#counts = new Map<string, number>();

	constructor(
		readonly limits: Limits,
		private readonly now: () => number
	) {}

	/** Counts one request; the seconds to wait when over the limit, else 0. */
	take(bucket: keyof Limits, address: string): number {
		const now = this.now();
		const window = Math.floor(now / 60_000);
		if (window !== this.#window) [this.#window, this.#counts] = [window, new Map()];
		const key = `${bucket} ${address}`;
		const untilNextMinute = Math.ceil(((window + 1) * 60_000 - now) / 1000);
		// A flood of new addresses in one minute is refused until the minute ends, rather than
		// let the counts grow without bound.
		if (!this.#counts.has(key) && this.#counts.size >= maxAddresses) return untilNextMinute;
		const count = (this.#counts.get(key) ?? 0) + 1;
		this.#counts.set(key, count);
		return count > this.limits[bucket] ? untilNextMinute : 0;
	}
}
