import { text } from './text';

// What can go wrong opening a shared summary. Each is a class of its own with a code, so the view
// tells the worker who opened it what happened and what to do (share/text.ts, `errors`).

/** The share errors a person can meet, one code for each thing they are told. */
export type ShareErrorCode =
	'link-damaged' | 'link-altered' | 'link-version' | 'link-expired' | 'link-pin' | 'link-browser';

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

/** Past the expiry the person chose. Checked by the viewer: a copy seen before stays seen. */
export class ShareLinkExpiredError extends ShareLinkError {
	override name = 'ShareLinkExpiredError';
	readonly code = 'link-expired';
	constructor(readonly expires: number) {
		super(`The summary expired at ${new Date(expires).toISOString()}.`);
	}
}

/** The PIN does not open this summary (or it was mistyped). */
export class ShareLinkPinError extends ShareLinkError {
	override name = 'ShareLinkPinError';
	readonly code = 'link-pin';
	constructor() {
		super('The PIN does not open this summary.');
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
	if (error instanceof ShareLinkError) {
		const words = text.errors[error.code];
		if (typeof words === 'string') return words;
	}
	console.error(error);
	return fallback;
}
