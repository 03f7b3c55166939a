import * as v from 'valibot';
import { utf8 } from '$lib/crypto/bytes';
import { checked } from '$lib/domain/checked';
import { canDeflate, deflate, inflate } from './deflate';
import {
	ShareLinkAlteredError,
	ShareLinkBrowserError,
	ShareLinkExpiredError,
	ShareLinkVersionError
} from './errors';
import { summarySchema, summaryVersion, versionOf, type Summary } from './summary';

// A summary as both kinds of link carry it before sealing: checked, JSON, deflate-raw. What comes
// out of a box is read back the same way, whichever link it came in.

export async function packSummary(summary: Summary): Promise<Uint8Array> {
	if (!canDeflate()) throw new ShareLinkBrowserError();
	const valid = checked(summarySchema, summary, 'A summary');
	return deflate(utf8.encode(JSON.stringify(valid)));
}

/**
 * The summary in an opened box. Throws ShareLinkAlteredError for anything Waymark did not make,
 * ShareLinkVersionError for a newer summary, ShareLinkExpiredError once its expiry has passed.
 */
export async function unpackSummary(compressed: Uint8Array, now: number): Promise<Summary> {
	if (!canDeflate()) throw new ShareLinkBrowserError();
	let value: unknown;
	try {
		value = JSON.parse(utf8.decode(await inflate(compressed)));
	} catch {
		// Sealed by whoever held the key, yet not a summary: not made by Waymark as it is.
		throw new ShareLinkAlteredError();
	}
	const version = versionOf(value);
	if (typeof version === 'number' && version > summaryVersion) throw new ShareLinkVersionError();
	const parsed = v.safeParse(summarySchema, value);
	if (!parsed.success) throw new ShareLinkAlteredError();
	if (now >= parsed.output.expires) throw new ShareLinkExpiredError(parsed.output.expires);
	return parsed.output;
}
