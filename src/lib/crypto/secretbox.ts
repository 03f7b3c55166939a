import nacl from 'tweetnacl';
import { concatBytes, type Packed, randomBytes, unpackInto } from './bytes';
import { SealedDataError } from './errors';
import { type SecretboxOpen, webAssemblyOpen } from './secretbox-open';

// XSalsa20-Poly1305 (NaCl secretbox). Sealed form: a fresh 24-byte random nonce, then the box.

export const keyLength = nacl.secretbox.keyLength;
export const nonceLength = nacl.secretbox.nonceLength;
const overhead = nacl.secretbox.overheadLength;
/** Bytes a sealed message has beyond the message: its nonce and its authenticator. */
export const sealedOverhead = nonceLength + overhead;

function checkKey(key: Uint8Array) {
	if (key.length !== keyLength) throw new RangeError(`A secretbox key is ${keyLength} bytes.`);
}

/** Encrypts and authenticates with a fresh random nonce, which travels with the result. */
export function seal(key: Uint8Array, message: Uint8Array): Uint8Array {
	return sealWithNonce(key, message, randomBytes(nonceLength));
}

/** seal with a given nonce: for known-answer tests, and where the nonce must be known first (a
 * share link salts its PIN with it). A nonce must never be used twice with one key. */
export function sealWithNonce(key: Uint8Array, message: Uint8Array, nonce: Uint8Array): Uint8Array {
	checkKey(key);
	if (nonce.length !== nonceLength) throw new RangeError(`A nonce is ${nonceLength} bytes.`);
	return concatBytes(nonce, nacl.secretbox(message, nonce, key));
}

/** Opens sealed data, or throws SealedDataError if the key is wrong or anything was changed. */
export function open(key: Uint8Array, sealed: Uint8Array): Uint8Array {
	return openAndRead(key, sealed, (message) => message.slice());
}

// NaCl's low-level open wants the box after 16 zero bytes and writes the message after 32.
// tweetnacl's convenience wrapper allocates both arrays and copies byte by byte on every call,
// which was half the cost of reading a journal; these are reused instead, and wiped after use.
interface LowLevel {
	crypto_secretbox_open(
		message: Uint8Array,
		box: Uint8Array,
		length: number,
		nonce: Uint8Array,
		key: Uint8Array
	): number;
	crypto_secretbox_BOXZEROBYTES: number;
	crypto_secretbox_ZEROBYTES: number;
}
// tweetnacl exports these at run time; its type declarations leave them out.
const lowlevel = (nacl as unknown as { lowlevel: LowLevel }).lowlevel;
const boxZeros = lowlevel.crypto_secretbox_BOXZEROBYTES;
const zeros = lowlevel.crypto_secretbox_ZEROBYTES;
let boxScratch = new Uint8Array(1024);
let messageScratch = new Uint8Array(1024);

/** tweetnacl's opening, where WebAssembly cannot run; also the reference the tests compare with. */
export const tweetnaclOpen: SecretboxOpen = (key, sealed, read) => {
	const length = boxZeros + sealed.length - nonceLength;
	if (boxScratch.length < length) {
		boxScratch = new Uint8Array(length);
		messageScratch = new Uint8Array(length);
	}
	boxScratch.fill(0, 0, boxZeros);
	let nonce: Uint8Array;
	if (typeof sealed === 'string') {
		nonce = new Uint8Array(nonceLength);
		if (!unpackInto(sealed, 0, nonceLength, nonce, 0)) throw new SealedDataError();
		if (!unpackInto(sealed, nonceLength, sealed.length, boxScratch, boxZeros))
			throw new SealedDataError();
	} else {
		nonce = sealed.subarray(0, nonceLength);
		boxScratch.set(sealed.subarray(nonceLength), boxZeros);
	}
	try {
		if (lowlevel.crypto_secretbox_open(messageScratch, boxScratch, length, nonce, key) !== 0)
			throw new SealedDataError();
		return read(messageScratch.subarray(zeros, length));
	} finally {
		messageScratch.fill(0, 0, length);
	}
};

let opener: SecretboxOpen | undefined;

/**
 * Opens sealed data and hands the message to read, as a view that is wiped as soon as read
 * returns: read must copy or decode what it needs and keep nothing. Throws SealedDataError if the
 * key is wrong or anything was changed.
 */
export function openAndRead<T>(
	key: Uint8Array,
	sealed: Uint8Array | Packed,
	read: (message: Uint8Array) => T
): T {
	checkKey(key);
	if (sealed.length < nonceLength + overhead) throw new SealedDataError();
	opener ??= webAssemblyOpen() ?? tweetnaclOpen;
	return opener(key, sealed, read);
}
