import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { holdAutoLock, startAutoLock } from '$lib/features/device/auto-lock';

// Auto-lock with fake timers and a stand-in page: only the listeners it adds are needed.
beforeEach(() => {
	vi.useFakeTimers();
	vi.stubGlobal('addEventListener', () => {});
	vi.stubGlobal('removeEventListener', () => {});
	vi.stubGlobal('document', {
		visibilityState: 'visible',
		addEventListener: () => {},
		removeEventListener: () => {}
	});
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('auto-lock', () => {
	it('locks after the quiet time', () => {
		const lock = vi.fn();
		const stop = startAutoLock(60_000, lock);
		vi.advanceTimersByTime(59_000);
		expect(lock).not.toHaveBeenCalled();
		vi.advanceTimersByTime(2_000);
		expect(lock).toHaveBeenCalledOnce();
		stop();
	});

	it('waits while something holds it open (a recording), then counts from the release', () => {
		const lock = vi.fn();
		const stop = startAutoLock(60_000, lock);
		const release = holdAutoLock();
		vi.advanceTimersByTime(20 * 60_000 + 50_000);
		expect(lock).not.toHaveBeenCalled();
		release();
		release();
		vi.advanceTimersByTime(55_000);
		expect(lock).not.toHaveBeenCalled();
		vi.advanceTimersByTime(10_000);
		expect(lock).toHaveBeenCalledOnce();
		stop();
	});
});
