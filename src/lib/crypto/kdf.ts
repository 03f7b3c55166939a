import { argon2id } from 'hash-wasm';
import { decodeBase64url, encodeBase64url } from './base64url';
import { randomBytes, utf8 } from './bytes';
import { EncodingError, KdfParamsError } from './errors';

// Argon2id (RFC 9106, version 0x13) turns a passphrase into a key-encryption key. Its parameters
// and salt are stored beside the wrapped key, so they can be raised later without losing data.

export interface ArgonCost {
	memoryKiB: number;
	iterations: number;
	parallelism: number;
}

export interface KdfParams extends ArgonCost {
	algorithm: 'argon2id';
	/** 16 or more random bytes, base64url. */
	salt: string;
}

/** Never less than OWASP's floor for Argon2id: 19 MiB and 2 passes. */
export const minimumCost: ArgonCost = { memoryKiB: 19 * 1024, iterations: 2, parallelism: 1 };
/** The starting point before a device is calibrated: 64 MiB and 3 passes. */
export const defaultCost: ArgonCost = { memoryKiB: 64 * 1024, iterations: 3, parallelism: 1 };
// A ceiling too, so a crafted backup file cannot ask a phone for gigabytes or hours.
const maximumCost: ArgonCost = { memoryKiB: 1024 * 1024, iterations: 64, parallelism: 8 };
const saltLength = 16;
export const derivedKeyLength = 32;

export function newKdfParams(cost: ArgonCost = defaultCost): KdfParams {
	return validateKdfParams({
		algorithm: 'argon2id',
		...cost,
		salt: encodeBase64url(randomBytes(saltLength))
	});
}

/** Checks stored or imported parameters; throws KdfParamsError for anything unusable or too weak. */
export function validateKdfParams(value: unknown): KdfParams {
	if (typeof value !== 'object' || value === null)
		throw new KdfParamsError('Key parameters are missing.');
	const { algorithm, memoryKiB, iterations, parallelism, salt } = value as Record<string, unknown>;
	if (algorithm !== 'argon2id')
		throw new KdfParamsError('Key parameters name an unknown algorithm.');
	const cost = { memoryKiB, iterations, parallelism } as Record<keyof ArgonCost, unknown>;
	for (const name of Object.keys(cost) as (keyof ArgonCost)[]) {
		const n = cost[name];
		if (
			!Number.isSafeInteger(n) ||
			(n as number) < minimumCost[name] ||
			(n as number) > maximumCost[name]
		)
			throw new KdfParamsError(`Key parameter ${name} is out of range.`);
	}
	if (typeof salt !== 'string') throw new KdfParamsError('Key parameters have no salt.');
	let saltBytes: Uint8Array;
	try {
		saltBytes = decodeBase64url(salt);
	} catch (error) {
		if (error instanceof EncodingError)
			throw new KdfParamsError('Key parameters have a malformed salt.');
		throw error;
	}
	if (saltBytes.length < saltLength) throw new KdfParamsError('Key parameters have a short salt.');
	return { algorithm, memoryKiB, iterations, parallelism, salt } as KdfParams;
}

/**
 * The same passphrase typed on two devices can reach us in two Unicode forms (é as one code
 * point or two); NFC makes them one. Nothing else is changed: spaces and case are the person's.
 */
export function normalisePassphrase(passphrase: string): Uint8Array {
	return utf8.encode(passphrase.normalize('NFC'));
}

/** Argon2id over raw bytes; the building block, exposed for known-answer tests. */
export function argon2idRaw(
	password: Uint8Array,
	salt: Uint8Array,
	cost: ArgonCost,
	length = derivedKeyLength
) {
	return argon2id({
		password,
		salt,
		iterations: cost.iterations,
		parallelism: cost.parallelism,
		memorySize: cost.memoryKiB,
		hashLength: length,
		outputType: 'binary'
	});
}

/** The key-encryption key for a passphrase. Slow on purpose; run it off the main thread. */
export function deriveKeyFromPassphrase(
	passphrase: string,
	params: KdfParams
): Promise<Uint8Array> {
	const checked = validateKdfParams(params);
	return argon2idRaw(normalisePassphrase(passphrase), decodeBase64url(checked.salt), checked);
}
