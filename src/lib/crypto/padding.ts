import { EncodingError } from './errors';

// Plaintexts are padded to a few sizes before encryption, so the size of a stored record says
// little about what is in it. Layout: a 4-byte big-endian length, the data, then zeros.

const header = 4;
const smallest = 256;
const largestPowerOfTwo = 64 * 1024;

/** The padded size for a message of this many bytes: 256 B, 512 B, … 64 KiB, then 64 KiB steps. */
export function paddedSize(length: number): number {
	const needed = length + header;
	if (needed > largestPowerOfTwo) return Math.ceil(needed / largestPowerOfTwo) * largestPowerOfTwo;
	let size = smallest;
	while (size < needed) size *= 2;
	return size;
}

export function pad(data: Uint8Array): Uint8Array {
	const out = new Uint8Array(paddedSize(data.length));
	new DataView(out.buffer).setUint32(0, data.length);
	out.set(data, header);
	return out;
}

/** Reverses pad, refusing a length that does not fit or padding that is not all zeros. */
export function unpad(padded: Uint8Array): Uint8Array {
	if (padded.length < header) throw new EncodingError('Padded data is too short.');
	const length = new DataView(padded.buffer, padded.byteOffset, padded.length).getUint32(0);
	if (header + length > padded.length || paddedSize(length) !== padded.length)
		throw new EncodingError('Padded data has an impossible length.');
	for (let i = header + length; i < padded.length; i++)
		if (padded[i] !== 0) throw new EncodingError('Padded data has bytes after its end.');
	return padded.slice(header, header + length);
}
