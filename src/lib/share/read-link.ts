import { ShareLinkDamagedError } from './errors';
import { readRelayLink, relayLinkVersion, type RelayLink } from './relay-link';
import { shareIdPattern } from './relay-client';
import { readShareLink, type SealedLink } from './share-link';

// What the worker's page finds after its #: a long link, a short one, or the mark the page left
// in its own address after opening one, so a reload says what happened instead of "damaged".

export type FoundLink =
	| { kind: 'none' }
	| { kind: 'long'; link: SealedLink }
	| { kind: 'short'; link: RelayLink }
	/** Opened in this tab before; `id` is the short link's, to ask whether it still opens. */
	| { kind: 'opened'; id: string | null };

const openedMark = 'opened';

/** The address to leave once a summary is open: nothing of the key or the summary in it. */
export function openedFragment(found: FoundLink): string {
	return found.kind === 'short' ? `${openedMark}.${found.link.id}` : openedMark;
}

export function readLink(hash: string): FoundLink {
	const text = hash.startsWith('#') ? hash.slice(1) : hash;
	if (!text) return { kind: 'none' };
	if (text === openedMark) return { kind: 'opened', id: null };
	if (text.startsWith(`${openedMark}.`)) {
		const id = text.slice(openedMark.length + 1);
		if (!shareIdPattern.test(id)) throw new ShareLinkDamagedError();
		return { kind: 'opened', id };
	}
	if (text.split('.', 1)[0] === relayLinkVersion)
		return { kind: 'short', link: readRelayLink(text) };
	return { kind: 'long', link: readShareLink(text) };
}
