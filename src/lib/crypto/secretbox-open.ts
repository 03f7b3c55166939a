import { decodeBase64url } from './base64url';
import { type Packed, unpackInto } from './bytes';
import { SealedDataError } from './errors';
import { secretboxOpenModule } from './secretbox-open-module';

// Opening a secretbox in WebAssembly (scripts/secretbox-wasm/wat.js), about three times as fast
// as tweetnacl: reading a journal is mostly opening its records. The module's memory holds the
// key, nonce and box only for the length of one call, and is wiped before the call returns.

/** Opens sealed data (nonce then box) and hands the message to read, as a view wiped afterwards. */
export type SecretboxOpen = <T>(
	key: Uint8Array,
	sealed: Uint8Array | Packed,
	read: (message: Uint8Array) => T
) => T;

interface OpenerExports {
	memory: WebAssembly.Memory;
	/** 0 when the box at boxAt, of this length, is authentic and now opened in place. */
	open(boxLength: number): number;
}

// Where the module expects its inputs (see wat.js).
const keyAt = 0;
const nonceAt = 32;
const boxAt = 256;
/** The message follows the box's 16-byte authenticator. */
const messageAt = boxAt + 16;
const nonceLength = 24;
const page = 65536;

let exports: OpenerExports | null | undefined;

function instantiate(): OpenerExports | null {
	if (exports !== undefined) return exports;
	try {
		// Synchronous on purpose: a record is opened inside an IndexedDB transaction, which an
		// await would end. The module is 3 KB, well under what browsers compile on the main thread.
		const module = new WebAssembly.Module(
			decodeBase64url(secretboxOpenModule) as Uint8Array<ArrayBuffer>
		);
		exports = new WebAssembly.Instance(module).exports as unknown as OpenerExports;
	} catch {
		// No WebAssembly here (or a policy forbids it): tweetnacl opens instead, only slower.
		exports = null;
	}
	return exports;
}

let view: Uint8Array | undefined;

/** The module's memory, at least `needed` bytes; one view, made again only when it grows. */
function memoryFor(wasm: OpenerExports, needed: number): Uint8Array {
	const have = wasm.memory.buffer.byteLength;
	if (have < needed) wasm.memory.grow(Math.ceil((needed - have) / page));
	if (view?.buffer !== wasm.memory.buffer) view = new Uint8Array(wasm.memory.buffer);
	return view;
}

/** The WebAssembly opener, or null where WebAssembly cannot run. */
export function webAssemblyOpen(): SecretboxOpen | null {
	const wasm = instantiate();
	if (!wasm) return null;
	return (key, sealed, read) => {
		const boxLength = sealed.length - nonceLength;
		const end = boxAt + boxLength;
		const memory = memoryFor(wasm, end);
		try {
			memory.set(key, keyAt);
			if (typeof sealed === 'string') {
				if (
					!unpackInto(sealed, 0, nonceLength, memory, nonceAt) ||
					!unpackInto(sealed, nonceLength, sealed.length, memory, boxAt)
				)
					throw new SealedDataError();
			} else {
				memory.set(sealed.subarray(0, nonceLength), nonceAt);
				memory.set(sealed.subarray(nonceLength), boxAt);
			}
			if (wasm.open(boxLength) !== 0) throw new SealedDataError();
			return read(memory.subarray(messageAt, end));
		} finally {
			memory.fill(0, 0, end);
		}
	};
}
