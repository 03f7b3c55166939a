import type { ShareErrorCode } from './errors';
import { plural } from '$lib/domain/locale';
import { formatShareDay, formatShareMoment } from './share-dates';

// The words of a shared summary and of the worker's view, in one place for translation. The
// summary is the person's; the view speaks to the worker who opened it.

export const text = {
	title: (name: string, kind: 'summary' | 'review') =>
		kind === 'review'
			? name
				? `${name}: getting ready for my review`
				: 'Getting ready for my review'
			: name
				? `${name}’s recovery summary`
				: 'A recovery summary',
	shared: (created: number) => `Shared on ${formatShareDay(created)}`,
	/** The line heading every printed page. */
	running: (name: string, kind: 'summary' | 'review', created: number) =>
		`${name ? `${name} · ` : ''}${kind === 'review' ? 'Ready for my review' : 'Recovery summary'} · shared ${formatShareDay(created)}`,
	until: (expires: number) => `This link works until ${formatShareMoment(expires)}`,
	since: (day: string) =>
		`Covers the time since my last review, on ${formatShareDay(Date.parse(`${day}T12:00:00Z`))}`,
	snapshot:
		'This is a snapshot of what was written in Waymark when it was shared. It does not change, and it is read-only.',
	empty: 'Nothing was chosen to share.',
	contents: 'In this summary',
	view: {
		pageTitle: 'A shared recovery summary · Waymark',
		brand: 'Waymark',
		helpNow: 'Help now',
		newTab: '(crisis lines, opens in a new tab)',
		opening: 'Opening the summary…',
		noLink:
			'This page shows a recovery summary someone has shared with you from Waymark, but there is no summary in this address. Open the whole link you were sent.',
		pinTitle: 'This summary has a PIN',
		pinLead:
			'The person who shared it will have told you the PIN separately, in person or by phone.',
		pinLabel: 'PIN',
		open: 'Open the summary',
		shortTitle: 'A recovery summary has been shared with you',
		shortLead:
			'It is fetched and opened only when you press the button, and each opening counts towards any limit the person set. It is read-only, and nothing of it is saved on this device.',
		shortPinLead:
			'It has a PIN, which the person who shared it will have told you separately, in person or by phone. Five wrong PINs lock the link for good. The summary is fetched only when you press the button.',
		openedTitle: 'This summary was opened in this tab',
		openedBefore:
			'Its key was taken out of this page’s address once it was shown. To read it again, open the link you were sent.',
		stillWorks: (until: string) => `The link still works until ${until}.`,
		checking: 'Checking the PIN…',
		print: 'Print or save as PDF',
		problemTitle: 'This summary can’t be shown',
		unexpected:
			'Something went wrong while opening it. Reload the page to try again; if this keeps happening, ask for the link to be sent again.',
		privacy:
			'Opened on this device only: nothing from this summary was sent anywhere or saved here. Close this tab when you have finished.',
		about: 'Waymark is a private recovery journal kept on the person’s own phone.'
	},
	/** What a share error tells whoever meets it, keyed by its code. */
	errors: {
		'link-damaged':
			'This link is incomplete or damaged, so the summary can’t be read. Check that all of it was copied, or ask for it to be sent again.',
		'link-altered':
			'This link has been changed or cut short since it was made, so it can’t be trusted and nothing is shown. Ask the person who shared it to send it again.',
		'link-version':
			'This summary was made with a newer version of Waymark than this page can read. Close every tab of this page, then open the link again to get the newest version; if this message stays, ask for a new link.',
		'link-expired': (expires: number | null) =>
			`This summary ${expires === null ? 'has expired' : `expired on ${formatShareDay(expires)}`}. Ask the person who shared it for a new link if you still need it.`,
		'link-pin':
			'That PIN doesn’t open this summary. Check it with the person who shared it and try again.',
		'link-browser':
			'This browser is too old to open or make shared summaries. Use an up-to-date Chrome, Edge, Firefox or Safari (16.4 or newer).',
		'link-revoked':
			'The person who shared this summary has taken it back, so it can no longer be opened. Ask them if you still need it.',
		'link-used-up':
			'This link has been opened as many times as the person allowed, so it no longer opens. Ask them for a new link if you still need it.',
		'link-locked':
			'This link is locked because a wrong PIN was entered five times. Nothing can be opened with it now: ask the person who shared it for a new link.',
		'link-not-found':
			'There is no summary at this link. It may have been mistyped or cut short, or it ended long ago. Ask the person who shared it to send it again.',
		'relay-down':
			'The sharing service isn’t answering just now, so the summary can’t be fetched. Check the connection and try again in a few minutes.',
		'relay-busy': (seconds: number) =>
			`Too many requests have come from this network in the last minute. Try again in ${plural(seconds, { one: 'a second', other: `${seconds} seconds` })}.`,
		'relay-refused':
			'The sharing service refused this link, so nothing was shared. Try again with a shorter time or fewer openings, or make a long link, which doesn’t need the service.',
		'relay-too-large':
			'This summary is larger than the sharing service keeps. Choose fewer parts, or a long link, which has no such limit.'
	} satisfies Record<
		ShareErrorCode,
		string | ((n: number | null) => string) | ((n: number) => string)
	>,
	pinTriesLeft: (n: number) =>
		`That PIN doesn’t open this summary. ${plural(n, { one: 'One more wrong PIN locks the link for good.', other: `${n} tries are left before the link locks.` })} Check it with the person who shared it.`
} as const;
