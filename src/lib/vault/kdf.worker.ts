/// <reference lib="webworker" />
import {
	argon2idRaw,
	deriveKeyFromPassphrase,
	type ArgonCost,
	type KdfParams
} from '$lib/crypto/kdf';
import { calibrate } from './kdf-calibration';

// Argon2id runs here, off the main thread, so the screen stays responsive while it works.

export type KdfRequest =
	{ type: 'derive'; passphrase: string; params: KdfParams } | { type: 'calibrate' };

export type KdfResponse =
	| { type: 'derived'; key: Uint8Array }
	| { type: 'calibrated'; cost: ArgonCost }
	| { type: 'failed'; name: string; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

async function time(cost: ArgonCost) {
	const started = performance.now();
	await argon2idRaw(new Uint8Array(16), new Uint8Array(16), cost);
	return performance.now() - started;
}

scope.onmessage = async ({ data }: MessageEvent<KdfRequest>) => {
	try {
		if (data.type === 'derive') {
			const key = await deriveKeyFromPassphrase(data.passphrase, data.params);
			scope.postMessage({ type: 'derived', key } satisfies KdfResponse, [key.buffer]);
		} else {
			scope.postMessage({ type: 'calibrated', cost: await calibrate(time) } satisfies KdfResponse);
		}
	} catch (error) {
		const { name, message } = error instanceof Error ? error : new Error(String(error));
		scope.postMessage({ type: 'failed', name, message } satisfies KdfResponse);
	}
};
