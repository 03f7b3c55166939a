import { describe, expect, it } from 'vitest';
import { defaultCost, minimumCost, type ArgonCost } from '$lib/crypto/kdf';
import { calibrate, targetMs } from '$lib/vault/kdf-calibration';

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
});
