import { decodeBase64url, encodeBase64url } from '$lib/crypto/base64url';
import {
	RelayBusyError,
	RelayDownError,
	RelayRefusedError,
	RelayTooLargeError,
	ShareLinkAlteredError,
	ShareLinkEndedError,
	ShareLinkExpiredError,
	ShareLinkNotFoundError,
	ShareLinkPinError
} from './errors';

// The sharing service (relay/) on the app's own origin, under /api. It is sent only sealed boxes,
// hashes and ids, never a key; every answer it gives is read as data and checked before use.

export interface RelayInfo {
	maxSummaryBytes: number;
	maxDays: number;
	maxViewLimit: number;
}

/** What the person sees of a short link they made. */
export interface RelayStatus {
	createdAt: number;
	expiresAt: number;
	views: number;
	viewLimit: number | null;
	lastOpenedAt: number | null;
	ended: 'expired' | 'revoked' | 'used_up' | 'locked' | null;
}

const waitFor = 10_000;

/** A request to the relay; a network failure or a fault on its side is RelayDownError. */
async function ask(path: string, init: RequestInit = {}, timeout = waitFor): Promise<Response> {
	let response: Response;
	try {
		response = await fetch(`/api/${path}`, {
			...init,
			cache: 'no-store',
			credentials: 'omit',
			referrerPolicy: 'no-referrer',
			signal: AbortSignal.timeout(timeout)
		});
	} catch (error) {
		throw new RelayDownError(error instanceof Error ? error.name : 'network');
	}
	if (response.status === 429) {
		// Said to the person as given, so within reason: an hour at most.
		const wait = Number(response.headers.get('retry-after')) || 60;
		throw new RelayBusyError(Math.min(3600, Math.max(1, Math.ceil(wait))));
	}
	if (response.status >= 500) throw new RelayDownError(`status ${response.status}`);
	return response;
}

/** The answer's JSON object, or RelayDownError: a static host answers /api/… with a page. */
async function json(response: Response): Promise<Record<string, unknown>> {
	if (!/^application\/json\b/.test(response.headers.get('content-type') ?? ''))
		throw new RelayDownError('not JSON');
	const value: unknown = await response.json().catch(() => null);
	if (typeof value !== 'object' || value === null) throw new RelayDownError('not an object');
	return value as Record<string, unknown>;
}

const isCount = (value: unknown): value is number =>
	typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
const isMoment = (value: unknown) => isCount(value) || value === null;

/** Whether this origin has a relay, and its limits; null for a static host or none answering. */
export async function relayHealth(timeout = 4_000): Promise<RelayInfo | null> {
	try {
		const response = await ask('health', {}, timeout);
		if (!response.ok) return null;
		const body = await json(response);
		if (body.ok !== true || body.relay !== 1) return null;
		const { maxSummaryBytes, maxDays, maxViewLimit } = body;
		if (!isCount(maxSummaryBytes) || !isCount(maxDays) || !isCount(maxViewLimit)) return null;
		return { maxSummaryBytes, maxDays, maxViewLimit };
	} catch {
		return null;
	}
}

const sendJson = (method: string, body: unknown): RequestInit => ({
	method,
	headers: { 'content-type': 'application/json' },
	body: JSON.stringify(body)
});
/** HTTP's schemes are read in any case; lower case keeps it apart from words a person reads. */
const bearer = (secret: Uint8Array) => ({
	headers: { authorization: `bearer ${encodeBase64url(secret)}` }
});

export interface Upload {
	sealed: Uint8Array;
	days: number;
	viewLimit: number | null;
	pinVerifier: Uint8Array | null;
	manageHash: Uint8Array;
}

/** Keeps a sealed summary on the relay; returns its id. */
export async function uploadShare(upload: Upload): Promise<string> {
	const response = await ask(
		'shares',
		sendJson('POST', {
			ciphertext: encodeBase64url(upload.sealed),
			days: upload.days,
			viewLimit: upload.viewLimit,
			pinVerifier: upload.pinVerifier && encodeBase64url(upload.pinVerifier),
			manageHash: encodeBase64url(upload.manageHash)
		})
	);
	if (response.status === 413) throw new RelayTooLargeError();
	if (response.status === 400) throw new RelayRefusedError();
	if (response.status !== 201) throw new RelayDownError(`status ${response.status}`);
	const { id } = await json(response);
	if (typeof id !== 'string' || !shareIdPattern.test(id)) throw new RelayDownError('bad id');
	return id;
}

export const shareIdPattern = /^[A-Za-z0-9_-]{22}$/;

/** Why the relay says a link no longer opens, as the error the view shows. */
async function endedError(response: Response) {
	if (response.status === 404) return new ShareLinkNotFoundError();
	const { error } = await json(response);
	if (error === 'expired') return new ShareLinkExpiredError(null);
	if (error === 'revoked' || error === 'used_up' || error === 'locked')
		return new ShareLinkEndedError(error);
	return new RelayDownError(`status ${response.status}`);
}

/**
 * The sealed summary, counted as one view: the press of Open. Throws ShareLinkPinError (with the
 * tries left) when the PIN is missing or wrong, and the link's own error when it has ended.
 */
export async function fetchShare(id: string, pinProof: Uint8Array | null): Promise<Uint8Array> {
	const response = await ask(
		`shares/${id}/open`,
		sendJson('POST', pinProof ? { pin: encodeBase64url(pinProof) } : {})
	);
	if (response.status === 200) {
		const { ciphertext } = await json(response);
		try {
			return decodeBase64url(String(ciphertext));
		} catch {
			throw new ShareLinkAlteredError();
		}
	}
	if (response.status === 401) {
		const { triesLeft } = await json(response);
		throw new ShareLinkPinError(isCount(triesLeft) ? triesLeft : null);
	}
	if (response.status === 404 || response.status === 410) throw await endedError(response);
	throw new RelayDownError(`status ${response.status}`);
}

/** Whether a link still opens, counting nothing: its expiry, or the error that says why not. */
export async function shareState(id: string): Promise<number> {
	const response = await ask(`shares/${id}/state`);
	if (response.status === 200) {
		const { expiresAt } = await json(response);
		if (isCount(expiresAt)) return expiresAt;
	}
	if (response.status === 404 || response.status === 410) throw await endedError(response);
	throw new RelayDownError(`status ${response.status}`);
}

/** What the person sees of their own link; ShareLinkNotFoundError if the relay has forgotten it. */
export async function shareStatus(id: string, manageSecret: Uint8Array): Promise<RelayStatus> {
	const response = await ask(`shares/${id}`, bearer(manageSecret));
	if (response.status === 404) throw new ShareLinkNotFoundError();
	if (response.status !== 200) throw new RelayDownError(`status ${response.status}`);
	const body = await json(response);
	const ended = body.ended;
	if (
		!isCount(body.createdAt) ||
		!isCount(body.expiresAt) ||
		!isCount(body.views) ||
		!isMoment(body.viewLimit) ||
		!isMoment(body.lastOpenedAt) ||
		!(ended === null || ['expired', 'revoked', 'used_up', 'locked'].includes(String(ended)))
	)
		throw new RelayDownError('bad status');
	return body as unknown as RelayStatus;
}

/** Stop sharing now: the relay drops the sealed summary at once. */
export async function revokeShare(id: string, manageSecret: Uint8Array): Promise<void> {
	const response = await ask(`shares/${id}`, { method: 'DELETE', ...bearer(manageSecret) });
	if (response.status === 404) throw new ShareLinkNotFoundError();
	if (response.status !== 204) throw new RelayDownError(`status ${response.status}`);
}
