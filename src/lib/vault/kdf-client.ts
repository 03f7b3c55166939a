import { KdfParamsError } from '$lib/crypto/errors';
import type { ArgonCost, KdfParams } from '$lib/crypto/kdf';
import type { KdfRequest, KdfResponse } from './kdf.worker';

// Each request gets its own worker, ended as soon as it answers: Argon2id's memory (64 MiB or
// more) is given back at once rather than held while the person writes.

function ask(request: KdfRequest): Promise<KdfResponse> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./kdf.worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = ({ data }: MessageEvent<KdfResponse>) => {
			worker.terminate();
			resolve(data);
		};
		worker.onerror = (event) => {
			worker.terminate();
			reject(new Error(`The key worker failed: ${event.message}`));
		};
		worker.postMessage(request);
	});
}

function failure(response: KdfResponse): Error {
	if (response.type !== 'failed') return new Error('The key worker answered out of turn.');
	return response.name === 'KdfParamsError'
		? new KdfParamsError(response.message)
		: new Error(response.message);
}

export async function deriveInWorker(passphrase: string, params: KdfParams): Promise<Uint8Array> {
	const response = await ask({ type: 'derive', passphrase, params });
	if (response.type === 'derived') return response.key;
	throw failure(response);
}

export async function calibrateInWorker(): Promise<ArgonCost> {
	const response = await ask({ type: 'calibrate' });
	if (response.type === 'calibrated') return response.cost;
	throw failure(response);
}
