import { text } from './text';

// What can go wrong opening a shared summary. Each is a class of its own with a code, so the view
// tells the worker who opened it what happened and what to do (share/text.ts, `errors`).

/** The share errors a person can meet, one code for each thing they are told. */
export type ShareErrorCode =
	| 'link-damaged'
	| 'link-altered'
	| 'link-version'
	| 'link-expired'
	| 'link-pin'
	| 'link-browser'
	| 'link-revoked'
	| 'link-used-up'
	| 'link-locked'
	| 'link-not-found'
	| 'relay-down'
	| 'relay-busy'
	| 'relay-refused'
	| 'relay-too-large';

/** Every error below: a person can meet it, and its code names its words. */
export abstract class ShareLinkError extends Error {
	abstract readonly code: ShareErrorCode;
}

/** The link is not in any shape Waymark writes: cut in the middle, or mangled in copying. */
export class ShareLinkDamagedError extends ShareLinkError {
	override name = 'ShareLinkDamagedError';
	readonly code = 'link-damaged';
	constructor() {
		super('The link is not in any shape Waymark writes.');
	}
}

/** The link has the right shape but its contents were changed or cut short after it was made. */
export class ShareLinkAlteredError extends ShareLinkError {
	override name = 'ShareLinkAlteredError';
	readonly code = 'link-altered';
	constructor() {
		super('The link does not open: changed or cut short.');
	}
}

/** Made by a newer Waymark than this page. */
export class ShareLinkVersionError extends ShareLinkError {
	override name = 'ShareLinkVersionError';
	readonly code = 'link-version';
	constructor() {
		super('The link was made by a newer version.');
	}
}

/**
 * Past the expiry the person chose: checked by the viewer for every link, and by the relay for a
 * short one, which does not say when (null).
 */
export class ShareLinkExpiredError extends ShareLinkError {
	override name = 'ShareLinkExpiredError';
	readonly code = 'link-expired';
	constructor(readonly expires: number | null) {
		super(
			`The summary expired${expires === null ? '' : ` at ${new Date(expires).toISOString()}`}.`
		);
	}
}

/** The PIN does not open this summary (or it was mistyped). A short link says how many tries are left. */
export class ShareLinkPinError extends ShareLinkError {
	override name = 'ShareLinkPinError';
	readonly code = 'link-pin';
	constructor(readonly triesLeft: number | null = null) {
		super('The PIN does not open this summary.');
	}
}

/** How a short link ended, as its relay says: each has words of its own. */
const endedCodes = {
	revoked: 'link-revoked',
	used_up: 'link-used-up',
	locked: 'link-locked'
} as const;

/** A short link that no longer opens because the person took it back, it was used up, or locked. */
export class ShareLinkEndedError extends ShareLinkError {
	override name = 'ShareLinkEndedError';
	readonly code: (typeof endedCodes)[keyof typeof endedCodes];
	constructor(readonly why: keyof typeof endedCodes) {
		super(`The link has ended: ${why}.`);
		this.code = endedCodes[why];
	}
}

/** The relay has no such link: never made, mistyped, or forgotten long after it ended. */
export class ShareLinkNotFoundError extends ShareLinkError {
	override name = 'ShareLinkNotFoundError';
	readonly code = 'link-not-found';
	constructor() {
		super('The sharing service has no such link.');
	}
}

/** The sharing service did not answer, or answered with a fault. */
export class RelayDownError extends ShareLinkError {
	override name = 'RelayDownError';
	readonly code = 'relay-down';
	constructor(readonly detail = '') {
		super(`The sharing service is not answering${detail ? `: ${detail}` : ''}.`);
	}
}

/** Too many requests from this network in a minute. */
export class RelayBusyError extends ShareLinkError {
	override name = 'RelayBusyError';
	readonly code = 'relay-busy';
	constructor(readonly retryAfterSeconds: number) {
		super(`Too many requests; try again in ${retryAfterSeconds} s.`);
	}
}

/** The relay refused what was sent (a term past its limits, say): not a fault, and not down. */
export class RelayRefusedError extends ShareLinkError {
	override name = 'RelayRefusedError';
	readonly code = 'relay-refused';
	constructor() {
		super('The sharing service refused the request.');
	}
}

/** A summary larger than the relay keeps. */
export class RelayTooLargeError extends ShareLinkError {
	override name = 'RelayTooLargeError';
	readonly code = 'relay-too-large';
	constructor() {
		super('The summary is larger than the sharing service keeps.');
	}
}

/** A browser without deflate-raw streams (Safari before 16.4, Firefox before 113). */
export class ShareLinkBrowserError extends ShareLinkError {
	override name = 'ShareLinkBrowserError';
	readonly code = 'link-browser';
	constructor() {
		super('This browser has no deflate-raw CompressionStream.');
	}
}

/**
 * What to tell a person about an error met opening or making a link: its code's words, otherwise
 * `fallback`, and the fault goes to the console. The view cannot reach the vault, whose
 * messageFor speaks for the journal's errors; this one speaks for the link's.
 */
export function shareMessageFor(error: unknown, fallback: string): string {
	if (error instanceof ShareLinkExpiredError) return text.errors['link-expired'](error.expires);
	if (error instanceof ShareLinkPinError && error.triesLeft !== null)
		return text.pinTriesLeft(error.triesLeft);
	if (error instanceof RelayBusyError) return text.errors['relay-busy'](error.retryAfterSeconds);
	if (error instanceof ShareLinkError) {
		const words = text.errors[error.code];
		if (typeof words === 'string') return words;
	}
	console.error(error);
	return fallback;
}
