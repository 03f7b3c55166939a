import { formatShareDay } from './share-dates';

// What can go wrong opening a shared summary, each with words for the worker who opened it and a
// next step. Each is a class of its own, so the view shows a distinct message for each.

/** Every error below: its message is written for a person, so screens may show it as it is. */
export class ShareLinkError extends Error {}

/** The link is not in any shape Waymark writes: cut in the middle, or mangled in copying. */
export class ShareLinkDamagedError extends ShareLinkError {
	override name = 'ShareLinkDamagedError';
	constructor() {
		super(
			'This link is incomplete or damaged, so the summary can’t be read. Links are long: check that all of it was copied, or ask for it to be sent again.'
		);
	}
}

/** The link has the right shape but its contents were changed or cut short after it was made. */
export class ShareLinkAlteredError extends ShareLinkError {
	override name = 'ShareLinkAlteredError';
	constructor() {
		super(
			'This link has been changed or cut short since it was made, so it can’t be trusted and nothing is shown. Ask the person who shared it to send it again.'
		);
	}
}

/** Made by a newer Waymark than this page. */
export class ShareLinkVersionError extends ShareLinkError {
	override name = 'ShareLinkVersionError';
	constructor() {
		super(
			'This summary was made with a newer version of Waymark than this page can read. Close every tab of this page, then open the link again to get the newest version; if this message stays, ask for a new link.'
		);
	}
}

/** Past the expiry the person chose. Checked by the viewer: a copy seen before stays seen. */
export class ShareLinkExpiredError extends ShareLinkError {
	override name = 'ShareLinkExpiredError';
	constructor(readonly expires: number) {
		super(
			`This summary expired on ${formatShareDay(expires)}. Ask the person who shared it for a new link if you still need it.`
		);
	}
}

/** The PIN does not open this summary (or it was mistyped). */
export class ShareLinkPinError extends ShareLinkError {
	override name = 'ShareLinkPinError';
	constructor() {
		super(
			'That PIN doesn’t open this summary. Check it with the person who shared it and try again.'
		);
	}
}

/** A browser without deflate-raw streams (Safari before 16.4, Firefox before 113). */
export class ShareLinkBrowserError extends ShareLinkError {
	override name = 'ShareLinkBrowserError';
	constructor() {
		super(
			'This browser is too old to open or make shared summaries. Use an up-to-date Chrome, Edge, Firefox or Safari (16.4 or newer).'
		);
	}
}
