// Words about versions, updates and working offline.
export const text = {
	ready: 'A new version is ready',
	readyDetail: 'Reload when it suits me. Nothing changes until I do.',
	reloadNow: 'Reload now',
	later: 'Later',
	heading: 'Version and updates',
	version: (version: string) => `Waymark version ${version}`,
	offlinePreparing: 'Getting ready to work without a connection…',
	offlineUnavailable:
		'This browser cannot keep Waymark for offline use, so it needs a connection to open.',
	checkNow: 'Check for updates',
	checking: 'Checking for a new version…',
	upToDate: 'This is the latest version.',
	downloading: 'Downloading the new version…',
	checkFailed: "I couldn't check for updates just now. Waymark still works; try again when online."
} as const;
