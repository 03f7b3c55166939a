// Words that help the person put Waymark on their home screen.
export const text = {
	heading: 'Put Waymark on my home screen',
	why: 'Installed, it opens like any other app, works without a connection, and my browser is less likely to clear what I keep here.',
	install: 'Install Waymark',
	iosSteps: [
		'Open Waymark in Safari.',
		'Tap the Share button (a square with an arrow pointing up).',
		'Choose "Add to Home Screen", then "Add".'
	],
	iosWhy:
		'On an iPhone or iPad this matters: Safari can delete what a website keeps after 7 days without a visit, but not what an installed app keeps. The installed app keeps its own copy, separate from Safari, so install it before I start writing.',
	otherSteps:
		'My browser\'s menu may offer "Install app" or "Add to Home screen". If it does not, Waymark still works here in the browser.',
	installed: 'Waymark is installed on this device.'
} as const;
