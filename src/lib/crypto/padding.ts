import type { Padding } from '$lib/domain/record-kind';
import { EncodingError } from './errors';

// Plaintexts are padded before encryption, so the size of a stored record says little about
// what is in it. Layout: a 4-byte big-endian length, the data, then zeros.
//
// Sizes follow Padmé (Nikitin et al., "Reducing Metadata Leakage from Encrypted Files and
// Communication with PURBs", 2019): a size reveals only O(log log n) bits, for at most 12%
// more bytes. Doubling sizes would reveal a little less, at up to twice the bytes, and every
// read of the journal pays for those bytes. Everything under 256 bytes is one size.
//
// A kind may ask for coarser sizes (record-kind.ts): powers of two, which are Padmé sizes too, or
// one size at least as large as anything it holds. Every size made is a Padmé size, so unpad
// needs no scheme: it accepts any Padmé size the data fits in.

const header = 4;
const smallest = 256;

/** The smallest Padmé size that holds this many bytes, header included. */
function padme(needed: number): number {
	if (needed <= smallest) return smallest;
	const exponent = Math.floor(Math.log2(needed));
	const sizeBits = Math.floor(Math.log2(exponent)) + 1;
	const step = 2 ** (exponent - sizeBits);
	return Math.ceil(needed / step) * step;
}

/** The padded size for a message of this many bytes. */
export function paddedSize(length: number, padding: Padding = 'padme'): number {
	const needed = length + header;
	if (padding === 'padme') return padme(needed);
	if (padding === 'power-of-two') return Math.max(smallest, 2 ** Math.ceil(Math.log2(needed)));
	return padme(Math.max(needed, padding.atLeast));
}

export function pad(data: Uint8Array, padding: Padding = 'padme'): Uint8Array {
	const out = new Uint8Array(paddedSize(data.length, padding));
	new DataView(out.buffer).setUint32(0, data.length);
	out.set(data, header);
	return out;
}

/** Reverses pad, refusing a size pad never makes, a length that does not fit, or padding that is
 * not all zeros. */
export function unpad(padded: Uint8Array): Uint8Array {
	if (padded.length < header) throw new EncodingError('Padded data is too short.');
	const length = new DataView(padded.buffer, padded.byteOffset, padded.length).getUint32(0);
	if (header + length > padded.length || padme(padded.length) !== padded.length)
		throw new EncodingError('Padded data has an impossible length.');
	for (let i = header + length; i < padded.length; i++)
		if (padded[i] !== 0) throw new EncodingError('Padded data has bytes after its end.');
	// A view, not a copy: the caller only decodes it.
	return padded.subarray(header, header + length);
}
