import { describe, expect, it } from 'vitest';
import {
	clearFailures,
	delayAfter,
	readFailures,
	recordFailure,
	waitRemaining
} from '$lib/features/unlock/unlock-throttle';

class MemoryStorage implements Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
	#items = new Map<string, string>();
	getItem = (key: string) => this.#items.get(key) ?? null;
	setItem = (key: string, value: string) => void this.#items.set(key, value);
	removeItem = (key: string) => void this.#items.delete(key);
}

describe('unlock throttle', () => {
	it('allows three tries freely, then waits longer after each, up to five minutes', () => {
		expect([0, 1, 2, 3, 4, 5, 6].map(delayAfter)).toEqual([0, 0, 0, 2000, 4000, 8000, 16000]);
		expect(delayAfter(40)).toBe(300_000);
	});

	it('counts failures across reloads and clears them on success', () => {
		const storage = new MemoryStorage() as unknown as Storage;
		for (let i = 1; i <= 3; i++) recordFailure(1000 * i, storage);
		const failures = readFailures(storage);
		expect(failures).toEqual({ count: 3, at: 3000 });
		expect(waitRemaining(failures, 3500)).toBe(1500);
		expect(waitRemaining(failures, 6000)).toBe(0);
		clearFailures(storage);
		expect(readFailures(storage)).toEqual({ count: 0, at: 0 });
	});

	it('starts again from nothing when what is stored is unreadable', () => {
		const storage = new MemoryStorage() as unknown as Storage;
		storage.setItem('waymark.unlock-failures', '{"count":"lots"}');
		expect(readFailures(storage)).toEqual({ count: 0, at: 0 });
		storage.setItem('waymark.unlock-failures', 'not json');
		expect(readFailures(storage)).toEqual({ count: 0, at: 0 });
	});
});
