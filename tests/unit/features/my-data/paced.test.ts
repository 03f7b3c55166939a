import { describe, expect, it } from 'vitest';
import { joinNow, joinPaced, sliceMs } from '$lib/features/my-data/export/paced';

function* slowPieces(count: number, msEach: number) {
	for (let n = 0; n < count; n++) {
		const until = performance.now() + msEach;
		while (performance.now() < until);
		yield `${n},`;
	}
}

describe('exports made a slice at a time', () => {
	it('joins the same pieces as joining at once', async () => {
		expect(await joinPaced(slowPieces(5, 0))).toBe(joinNow(slowPieces(5, 0)));
	});

	it('gives the page a turn at least every slice', async () => {
		const turns: number[] = [];
		const timer = setInterval(() => turns.push(performance.now()), 1);
		await joinPaced(slowPieces(30, 3));
		clearInterval(timer);
		// 90 ms of work in slices of sliceMs: joined at once, the timer would get no turn at all.
		expect(turns.length).toBeGreaterThanOrEqual(Math.floor(90 / sliceMs / 2));
	});

	it('stops between slices when asked to', async () => {
		const controller = new AbortController();
		const made = joinPaced(
			(function* () {
				yield* slowPieces(10, 5);
				controller.abort();
				yield* slowPieces(10, 5);
			})(),
			{ signal: controller.signal }
		);
		await expect(made).rejects.toThrow(/abort/i);
	});
});
