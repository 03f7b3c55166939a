import { encodeBase64url } from '$lib/crypto/base64url';
import { newRecordId } from '$lib/crypto/record-id';
import type { SharedEntry } from '$lib/domain/share-log';
import { revokeShare } from '$lib/share/relay-client';
import { createRelayShare } from '$lib/share/relay-link';
import { createShareLink, shareUrl } from '$lib/share/share-link';
import type { Summary } from '$lib/share/summary';
import { messageFor } from '$lib/vault/person-facing';
import { logShare } from './share-log';

// Makes the link and notes it in "What I have shared". A short link's secret, the only way to
// stop it, lives in that note alone: a short link that cannot be noted is stopped at once, so
// none is left running that the person cannot stop.

export interface ShareRequest {
	summary: Summary;
	kind: Summary['kind'];
	pin: string;
	short: boolean;
	days: number;
	viewLimit: number | null;
}

/** A link made, as the last step shows it. */
export interface MadeLink {
	url: string;
	/** When it stops working, in the person's words. */
	until: string;
	pin: string;
	/** Made, but missing from What I have shared. */
	logFailed: boolean;
	short: boolean;
	viewLimit: number | null;
}

/** Thrown when a short link was made but could not be noted, and so was stopped again. */
export class ShareNotKeptError extends Error {
	override name = 'ShareNotKeptError';
}

/** The link, and whether it is missing from the list (a long one, or a short one not stopped). */
export async function makeShare(
	request: ShareRequest
): Promise<{ url: string; logFailed: boolean }> {
	const { summary, pin, short } = request;
	let url: string;
	let relay: SharedEntry['relay'];
	let stop = async () => {};
	if (short) {
		const made = await createRelayShare(summary, pin, {
			days: request.days,
			viewLimit: request.viewLimit
		});
		url = shareUrl(location.origin, made.fragment);
		relay = {
			id: made.id,
			manage: encodeBase64url(made.manageSecret),
			fragment: made.fragment,
			viewLimit: request.viewLimit
		};
		stop = () => revokeShare(made.id, made.manageSecret);
	} else url = shareUrl(location.origin, await createShareLink(summary, pin));
	const at = new Date(summary.created).toISOString();
	try {
		await logShare({
			id: newRecordId(),
			at,
			updatedAt: at,
			kind: request.kind,
			sections: summary.s.map((section) => section.title),
			expires: summary.expires,
			pin: pin !== '',
			...(relay && { relay })
		});
		return { url, logFailed: false };
	} catch (error) {
		messageFor(error, '');
	}
	if (!short) return { url, logFailed: true };
	try {
		await stop();
	} catch {
		// Not stopped either: the link stands, and the person is told it cannot be stopped.
		return { url, logFailed: true };
	}
	throw new ShareNotKeptError('The short link could not be noted, so it was stopped.');
}
