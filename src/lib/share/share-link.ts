import { decodeBase64url, encodeBase64url } from '$lib/crypto/base64url';
import { randomBytes } from '$lib/crypto/bytes';
import { open, seal, sealWithNonce } from '$lib/crypto/secretbox';
import { linkCheck, linkKeyLength, normalisePin, sameBytes } from '$lib/crypto/share-keys';
import {
	ShareLinkAlteredError,
	ShareLinkDamagedError,
	ShareLinkPinError,
	ShareLinkVersionError
} from './errors';
import type { Summary } from './summary';
import { packSummary, unpackSummary } from './summary-pack';

// The fragment after /view#, which browsers never send to a server:
//   v1.<base64url(nonce + box)>.<base64url(key)>                 anyone with the link
//   v1.<base64url(nonce + box)>.<base64url(key)>.<base64url(check)>   also needs the PIN
// The box holds the summary as deflate-raw JSON, sealed with tweetnacl's secretbox. With a PIN
// the box key is made from the link key and the PIN (the nonce's first 16 bytes salt it).

const linkVersion = 'v1';
/** Far longer than any link the app makes; anything longer is not ours. */
const maxFragment = 1_500_000;

export interface SealedLink {
	/** Whether a PIN is needed to open it. */
	needsPin: boolean;
	sealed: Uint8Array;
	key: Uint8Array;
}

/** Argon2id and its WebAssembly, fetched only for a link with a PIN. */
async function keyWithPin(linkKey: Uint8Array, pin: string, salt: Uint8Array) {
	return (await import('$lib/crypto/pin-key')).keyWithPin(linkKey, pin, salt);
}

export async function createShareLink(summary: Summary, typedPin = ''): Promise<string> {
	const pin = normalisePin(typedPin);
	const compressed = await packSummary(summary);
	const key = randomBytes(linkKeyLength);
	if (!pin)
		return [linkVersion, encodeBase64url(seal(key, compressed)), encodeBase64url(key)].join('.');
	// The nonce is the PIN's salt too, so it is made first and the box sealed with it.
	const nonce = randomBytes(24);
	const sealed = sealWithNonce(await keyWithPin(key, pin, nonce), compressed, nonce);
	return [
		linkVersion,
		encodeBase64url(sealed),
		encodeBase64url(key),
		encodeBase64url(linkCheck(key, sealed))
	].join('.');
}

function decode(part: string): Uint8Array {
	try {
		return decodeBase64url(part);
	} catch {
		throw new ShareLinkDamagedError();
	}
}

/**
 * Reads the fragment's shape: throws ShareLinkVersionError for a newer link, ShareLinkDamagedError
 * for anything that is not a link, ShareLinkAlteredError when a PIN link's check fails.
 */
export function readShareLink(fragment: string): SealedLink {
	const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
	if (text.length === 0 || text.length > maxFragment) throw new ShareLinkDamagedError();
	const parts = text.split('.');
	if (/^v[0-9]{1,4}$/.test(parts[0]) && parts[0] !== linkVersion) throw new ShareLinkVersionError();
	if (parts[0] !== linkVersion || parts.length < 3 || parts.length > 4)
		throw new ShareLinkDamagedError();
	const sealed = decode(parts[1]);
	const key = decode(parts[2]);
	if (key.length !== linkKeyLength || sealed.length < 24 + 16) throw new ShareLinkDamagedError();
	if (parts.length === 4) {
		const check = decode(parts[3]);
		if (!sameBytes(check, linkCheck(key, sealed))) throw new ShareLinkAlteredError();
	}
	return { needsPin: parts.length === 4, sealed, key };
}

/**
 * Opens a link read by readShareLink. Throws ShareLinkPinError for a wrong PIN,
 * ShareLinkAlteredError if anything changed, ShareLinkVersionError for a newer summary inside, and
 * ShareLinkExpiredError once its expiry has passed.
 */
export async function openShareLink(
	link: SealedLink,
	typedPin = '',
	now = Date.now()
): Promise<Summary> {
	const pin = normalisePin(typedPin);
	let compressed: Uint8Array;
	if (link.needsPin) {
		if (!pin) throw new ShareLinkPinError();
		const boxKey = await keyWithPin(link.key, pin, link.sealed);
		try {
			compressed = open(boxKey, link.sealed);
		} catch {
			// The check passed, so the box is as it was made: only the PIN can be wrong.
			throw new ShareLinkPinError();
		}
	} else {
		try {
			compressed = open(link.key, link.sealed);
		} catch {
			throw new ShareLinkAlteredError();
		}
	}
	return unpackSummary(compressed, now);
}

/** The whole address to share: this app's own /view page, with the summary after the #. */
export function shareUrl(origin: string, fragment: string): string {
	return `${origin}/view#${fragment}`;
}
