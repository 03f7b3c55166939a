import { defaultCost, minimumCost, type ArgonCost } from '$lib/crypto/kdf';

// Argon2id should cost an attacker as much as this device can bear while unlocking stays quick.
// Calibration times the default a few times and takes the median (one timing on a busy moment,
// or the first run compiling the WebAssembly, misleads), then steps down on slow devices (never
// below the floor), or adds passes on fast ones, aiming at about 600 ms.

export const targetMs = 600;
/** Timings per cost; the median of them is used. */
export const timingsPerCost = 3;
const maxIterations = 8;
const slowerSteps: ArgonCost[] = [
	{ memoryKiB: 46 * 1024, iterations: 2, parallelism: 1 },
	minimumCost
];

/** The most calibration ever chooses, on the fastest device. */
export const strongestCost: ArgonCost = { ...defaultCost, iterations: maxIterations };

export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function medianTime(time: (cost: ArgonCost) => Promise<number>, cost: ArgonCost) {
	const timings: number[] = [];
	for (let run = 0; run < timingsPerCost; run++) timings.push(await time(cost));
	return median(timings);
}

export async function calibrate(time: (cost: ArgonCost) => Promise<number>): Promise<ArgonCost> {
	const elapsed = await medianTime(time, defaultCost);
	if (elapsed <= targetMs) {
		// Time grows less than linearly with passes (allocation is a fixed part), so this errs low.
		const iterations = Math.floor((defaultCost.iterations * targetMs) / Math.max(elapsed, 1));
		return {
			...defaultCost,
			iterations: Math.min(maxIterations, Math.max(defaultCost.iterations, iterations))
		};
	}
	for (const cost of slowerSteps) if ((await medianTime(time, cost)) <= targetMs) return cost;
	return minimumCost;
}

/** An unlock this quick leaves room for stronger parameters: calibration is worth running again. */
export function ranWellUnderTarget(elapsedMs: number): boolean {
	return elapsedMs < targetMs / 2;
}

/** Whether a cost asks for no more than calibration would ever choose. */
export function withinCalibration(cost: ArgonCost): boolean {
	return (Object.keys(strongestCost) as (keyof ArgonCost)[]).every(
		(name) => cost[name] <= strongestCost[name]
	);
}

/**
 * The stored cost raised wherever a new calibration asks for more, never past the strongest
 * and never lowered; null when nothing would rise.
 */
export function raisedCost(stored: ArgonCost, calibrated: ArgonCost): ArgonCost | null {
	const { memoryKiB, iterations, parallelism } = stored;
	const raised: ArgonCost = { memoryKiB, iterations, parallelism };
	let rose = false;
	for (const name of Object.keys(strongestCost) as (keyof ArgonCost)[]) {
		const wanted = Math.min(calibrated[name], strongestCost[name]);
		if (wanted > stored[name]) {
			raised[name] = wanted;
			rose = true;
		}
	}
	return rose ? raised : null;
}
