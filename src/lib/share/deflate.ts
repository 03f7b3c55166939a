import { concatBytes } from '$lib/crypto/bytes';

// deflate-raw through the browser's own CompressionStream: no library, and links about a third
// of the size. Inflating stops at a limit, so a crafted link cannot fill the worker's memory.

/** Far above any summary the app can make (every limit at once would be larger, but absurd). */
export const inflatedLimit = 2 * 1024 * 1024;

export class InflateError extends Error {
	override name = 'InflateError';
}

async function readAll(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
	const reader = stream.getReader();
	const chunks: Uint8Array[] = [];
	let length = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		length += value.length;
		if (length > limit) {
			await reader.cancel();
			throw new InflateError('Inflated past the limit.');
		}
		chunks.push(value);
	}
	return concatBytes(...chunks);
}

function through(bytes: Uint8Array, transform: CompressionStream | DecompressionStream) {
	return new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(transform);
}

/** Whether this browser has deflate-raw streams; an unknown format throws a TypeError. */
export function canDeflate(): boolean {
	try {
		new DecompressionStream('deflate-raw');
		new CompressionStream('deflate-raw');
		return true;
	} catch {
		return false;
	}
}

export function deflate(bytes: Uint8Array): Promise<Uint8Array> {
	return readAll(through(bytes, new CompressionStream('deflate-raw')), Infinity);
}

/** Throws InflateError for data that is not deflate-raw, has junk after it, or grows too large. */
export async function inflate(bytes: Uint8Array, limit = inflatedLimit): Promise<Uint8Array> {
	try {
		return await readAll(through(bytes, new DecompressionStream('deflate-raw')), limit);
	} catch (error) {
		if (error instanceof InflateError) throw error;
		throw new InflateError('Not deflate-raw data.');
	}
}
