// Words on the settings screen, in one place so they can be translated.
import type { ExitDestinationId, ThemeChoice } from '$lib/features/device/preferences';

export const text = {
	title: 'Settings',
	intro:
		'Choices about how Waymark looks and behaves on this device, and how my journal is kept safe.',
	backup: {
		heading: 'Backup and restore',
		about: 'Save a copy of my whole journal as a file, or bring one back from another device.',
		link: 'Go to backup'
	},
	myData: {
		heading: 'My data',
		about:
			'Export my journal to read, print or keep in other apps, bring in check-ins from another mood app, and add reminders to my own calendar.',
		link: 'Go to My data'
	},
	appearance: {
		heading: 'Appearance',
		legend: 'Colours',
		textSize:
			"Text size follows my phone or browser settings: make text bigger there and Waymark's text grows with it.",
		choices: {
			system: { label: 'Match my device', hint: 'Light or dark, as my device is set.' },
			light: { label: 'Light', hint: 'Dark text on a light background.' },
			dark: { label: 'Dark', hint: 'Light text on a dark background.' }
		} satisfies Record<ThemeChoice, { label: string; hint: string }>
	},
	quickExit: {
		heading: 'Quick exit',
		about:
			"The Quick exit button is on every screen. It hides Waymark at once and opens an ordinary page instead, so nobody looking over my shoulder sees my journal. It cannot clear the browser's history, so on a device other people use, it helps to check what the browser keeps.",
		keys: 'On a keyboard, pressing Esc three times quickly does the same, from any screen, even while a question is open.',
		legend: 'Quick exit opens',
		choices: {
			weather: {
				label: 'A weather forecast search',
				hint: 'DuckDuckGo, searching for the weather.'
			},
			news: { label: 'The news', hint: 'The BBC News front page.' },
			encyclopedia: { label: 'An encyclopedia article', hint: 'A random Wikipedia page.' },
			blank: { label: 'A blank page', hint: 'Nothing at all, and no website is contacted.' }
		} satisfies Record<ExitDestinationId, { label: string; hint: string }>
	},
	helpNow: {
		heading: 'Help now',
		about:
			'Help now is in the header of every screen, and opens without unlocking: national crisis lines to call or text, and my crisis card if I turn it on below.'
	},
	notSaved:
		'This browser would not keep that choice, so it will be forgotten when Waymark closes. Private browsing can do this.'
} as const;
