import { describe, expect, it } from 'vitest';
import { defaultCost, minimumCost, type ArgonCost } from '$lib/crypto/kdf';
import {
	calibrate,
	median,
	raisedCost,
	strongestCost,
	targetMs,
	timingsPerCost,
	withinCalibration
} from '$lib/vault/kdf-calibration';

/** A device where Argon2id takes `msPerMiBPass` per MiB per pass. */
const device = (msPerMiBPass: number) => {
	const timed: ArgonCost[] = [];
	const time = async (cost: ArgonCost) => {
		timed.push(cost);
		return (cost.memoryKiB / 1024) * cost.iterations * msPerMiBPass;
	};
	return { time, timed };
};

describe('Argon2id calibration', () => {
	it('keeps the default on a device that runs it near the target', async () => {
		const { time } = device(targetMs / (64 * 3));
		expect(await calibrate(time)).toEqual(defaultCost);
	});

	it('adds passes on a fast device, up to a ceiling', async () => {
		const fast = await calibrate(device(targetMs / (64 * 3) / 2).time);
		expect(fast).toEqual({ ...defaultCost, iterations: 6 });
		const veryFast = await calibrate(device(0.001).time);
		expect(veryFast.iterations).toBe(8);
	});

	it('steps down on a slow device, never below the floor of 19 MiB and 2 passes', async () => {
		const slow = device(targetMs / (46 * 2));
		expect(await calibrate(slow.time)).toEqual({
			memoryKiB: 46 * 1024,
			iterations: 2,
			parallelism: 1
		});
		const verySlow = await calibrate(device(1000).time);
		expect(verySlow).toEqual(minimumCost);
	});

	it('takes the median of several timings, so one slow or lucky run does not decide', async () => {
		expect(timingsPerCost).toBeGreaterThanOrEqual(3);
		expect(median([2000, 300, 310])).toBe(310);
		expect(median([4, 1, 3, 2])).toBe(2.5);

		// The first run compiles the WebAssembly and is slow; the others show a fast device.
		const first = [2000, 300, 310];
		const compiling = async () => first.shift() ?? 300;
		expect(await calibrate(compiling)).toEqual({ ...defaultCost, iterations: 5 });

		// One lucky run on a device that is really too slow for the default.
		const runs = new Map<number, number[]>([
			[64 * 1024, [250, 900, 950]],
			[46 * 1024, [500, 520, 540]]
		]);
		const lucky = async (cost: ArgonCost) => runs.get(cost.memoryKiB)!.shift()!;
		expect(await calibrate(lucky)).toEqual({ memoryKiB: 46 * 1024, iterations: 2, parallelism: 1 });
	});

	it('knows the most it would ever choose', async () => {
		expect(await calibrate(device(0.000001).time)).toEqual(strongestCost);
		expect(strongestCost).toEqual({ memoryKiB: 64 * 1024, iterations: 8, parallelism: 1 });
		expect(withinCalibration(strongestCost)).toBe(true);
		expect(withinCalibration(minimumCost)).toBe(true);
		expect(withinCalibration({ ...strongestCost, iterations: 9 })).toBe(false);
		expect(withinCalibration({ ...strongestCost, memoryKiB: 64 * 1024 + 1 })).toBe(false);
		expect(withinCalibration({ ...strongestCost, parallelism: 2 })).toBe(false);
	});

	it('raises stored parameters only where a new calibration asks for more, never lowering any', () => {
		const stored = { memoryKiB: 46 * 1024, iterations: 2, parallelism: 1 };
		expect(raisedCost(stored, defaultCost)).toEqual(defaultCost);
		expect(raisedCost(defaultCost, minimumCost)).toBeNull();
		expect(raisedCost(defaultCost, defaultCost)).toBeNull();
		expect(
			raisedCost({ ...defaultCost, iterations: 6 }, { ...defaultCost, iterations: 4 })
		).toBeNull();
		expect(raisedCost({ ...defaultCost, iterations: 6 }, minimumCost)).toBeNull();
		expect(raisedCost(minimumCost, { ...minimumCost, iterations: 5 })).toEqual({
			...minimumCost,
			iterations: 5
		});
		// Never past what calibration would ever choose.
		expect(
			raisedCost(minimumCost, { memoryKiB: 1024 * 1024, iterations: 64, parallelism: 8 })
		).toEqual(strongestCost);
	});
});
