// Words of the app's frame: navigation, Quick exit, skip link.
export const text = {
	appName: 'Waymark',
	skipToContent: 'Skip to content',
	navLabel: 'Main',
	quickExit: 'Quick exit',
	quickExitShort: 'Exit',
	quickExitHint: 'Leave Waymark at once for an ordinary page',
	lock: 'Lock',
	lockHint: 'Lock my journal now',
	nav: {
		home: 'Home',
		plan: 'My plan',
		journey: 'Journey',
		journal: 'Journal',
		settings: 'Settings'
	},
	loadFailed: 'Waymark could not finish loading. Check the connection, then try again.',
	tryAgain: 'Try again',
	opening: 'Opening…',
	blocked: 'Waymark is updating. Close Waymark in any other tabs or windows to let it finish.',
	notFound: {
		title: 'Not found',
		heading: "This page isn't here",
		lead: 'The address may have a typo, or the page may have moved. Nothing in my journal has changed.',
		home: 'Go to the home screen'
	},
	failed: {
		title: 'Something went wrong',
		heading: 'Something went wrong',
		lead: 'Waymark could not show this screen. Nothing I had saved has been changed.',
		home: 'Go to the home screen'
	}
} as const;

/** A screen's title as the browser's tab shows it. */
export const pageTitle = (title: string) => `${title} · Waymark`;

/** The home screen's title. */
export const homeTitle = (title: string) => `Waymark: ${title}`;
