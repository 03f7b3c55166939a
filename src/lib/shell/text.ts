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
	blocked: 'Waymark is updating. Close Waymark in any other tabs or windows to let it finish.'
} as const;
