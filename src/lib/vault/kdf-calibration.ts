import { defaultCost, minimumCost, type ArgonCost } from '$lib/crypto/kdf';

// Argon2id should cost an attacker as much as this device can bear while unlocking stays quick.
// Calibration times the default once and steps down on slow devices (never below the floor),
// or adds passes on fast ones, aiming at about 600 ms.

export const targetMs = 600;
const maxIterations = 8;
const slowerSteps: ArgonCost[] = [
	{ memoryKiB: 46 * 1024, iterations: 2, parallelism: 1 },
	minimumCost
];

export async function calibrate(time: (cost: ArgonCost) => Promise<number>): Promise<ArgonCost> {
	const elapsed = await time(defaultCost);
	if (elapsed <= targetMs) {
		// Time grows less than linearly with passes (allocation is a fixed part), so this errs low.
		const iterations = Math.floor((defaultCost.iterations * targetMs) / Math.max(elapsed, 1));
		return {
			...defaultCost,
			iterations: Math.min(maxIterations, Math.max(defaultCost.iterations, iterations))
		};
	}
	for (const cost of slowerSteps) if ((await time(cost)) <= targetMs) return cost;
	return minimumCost;
}
