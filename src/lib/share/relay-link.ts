import { decodeBase64url, encodeBase64url } from '$lib/crypto/base64url';
import { randomBytes } from '$lib/crypto/bytes';
import { open, seal } from '$lib/crypto/secretbox';
import { sha256 } from '$lib/crypto/sha256';
import { linkKeyLength, normalisePin } from '$lib/crypto/share-keys';
import { ShareLinkAlteredError, ShareLinkDamagedError, ShareLinkPinError } from './errors';
import { fetchShare, shareIdPattern, uploadShare } from './relay-client';
import type { Summary } from './summary';
import { packSummary, unpackSummary } from './summary-pack';

// A short link: the sealed summary waits on the relay, and the fragment after /view# holds only
// where it is and the key, neither ever sent to a server as part of the address:
//   v2.<id>.<base64url(key)>      anyone with the link, once they press Open
//   v2.<id>.<base64url(key)>.p    also needs the PIN (the relay asks for its proof either way)
// After opening, the view puts `opened.<id>` in the address instead, so the key is not left there.

export const relayLinkVersion = 'v2';
const pinMark = 'p';

export interface RelayLink {
	id: string;
	key: Uint8Array;
	needsPin: boolean;
}

export interface RelayShare {
	fragment: string;
	id: string;
	/** Lets the person see the link's opens and stop it; kept only in their vault. */
	manageSecret: Uint8Array;
}

export interface RelayTerms {
	days: number;
	viewLimit: number | null;
}

/** Argon2id and its WebAssembly, fetched only for a link with a PIN. */
async function pinKeys(linkKey: Uint8Array, pin: string) {
	return (await import('$lib/crypto/pin-key')).relayPinKeys(linkKey, pin);
}

/** Seals the summary, leaves the box with the relay, and returns the short link's fragment. */
export async function createRelayShare(
	summary: Summary,
	typedPin: string,
	terms: RelayTerms
): Promise<RelayShare> {
	const pin = normalisePin(typedPin);
	const compressed = await packSummary(summary);
	const key = randomBytes(linkKeyLength);
	const keys = pin ? await pinKeys(key, pin) : null;
	const manageSecret = randomBytes(32);
	const id = await uploadShare({
		sealed: seal(keys?.boxKey ?? key, compressed),
		...terms,
		pinVerifier: keys && (await sha256(keys.proof)),
		manageHash: await sha256(manageSecret)
	});
	const parts = [relayLinkVersion, id, encodeBase64url(key)];
	return { fragment: (pin ? [...parts, pinMark] : parts).join('.'), id, manageSecret };
}

/** Reads a short link's fragment (without the #); ShareLinkDamagedError for anything else. */
export function readRelayLink(text: string): RelayLink {
	const [version, id, key, mark, ...rest] = text.split('.');
	if (version !== relayLinkVersion || !shareIdPattern.test(id ?? '') || rest.length > 0)
		throw new ShareLinkDamagedError();
	if (mark !== undefined && mark !== pinMark) throw new ShareLinkDamagedError();
	let keyBytes: Uint8Array;
	try {
		keyBytes = decodeBase64url(key ?? '');
	} catch {
		throw new ShareLinkDamagedError();
	}
	if (keyBytes.length !== linkKeyLength) throw new ShareLinkDamagedError();
	return { id, key: keyBytes, needsPin: mark === pinMark };
}

/**
 * Fetches the box (one view, counted by the relay) and opens it. Throws ShareLinkPinError before
 * fetching when the link needs a PIN and none was typed, and the relay's errors as they come.
 */
export async function openRelayLink(
	link: RelayLink,
	typedPin = '',
	now = Date.now()
): Promise<Summary> {
	const pin = normalisePin(typedPin);
	if (link.needsPin && !pin) throw new ShareLinkPinError();
	const keys = pin ? await pinKeys(link.key, pin) : null;
	const sealed = await fetchShare(link.id, keys?.proof ?? null);
	let compressed: Uint8Array;
	try {
		compressed = open(keys?.boxKey ?? link.key, sealed);
	} catch {
		// The relay handed it out, so the proof held: the box itself is not what was sealed.
		throw new ShareLinkAlteredError();
	}
	return unpackSummary(compressed, now);
}
