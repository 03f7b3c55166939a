// Words of Help now, the header's Help now control, and My crisis card. The lines themselves,
// and when to use each, are in $lib/domain/help-lines.ts with their numbers.
export const text = {
	control: 'Help now',
	controlShort: 'Help',
	controlHint: 'Crisis lines and my crisis card, without unlocking',
	title: 'Help now',
	lead: 'If I need help now, I can call or text one of these. I don’t need to unlock Waymark.',
	linesHeading: (country: string) => `National lines: ${country}`,
	call: (number: string) => `Call ${number}`,
	text: (body: string, number: string) => `Text ${body} to ${number}`,
	country: {
		label: 'Show the lines for',
		hint: 'Only the country is kept on this device, so Help now shows its lines before unlocking.',
		other: 'Lines in another country'
	},
	myPlan: 'Open my crisis plan',
	myPlanStages: 'What I wrote for when things are breaking down',
	card: {
		heading: 'My crisis card',
		unencrypted: 'I chose to show this while Waymark is locked. It is not encrypted.',
		people: 'People I can call',
		callName: (name: string) => `Call ${name}`,
		setUp: 'I can add my own people and a line of my plan here, in Settings.'
	},
	settings: {
		heading: 'My crisis card',
		about:
			'I can choose a few people from my plan and a line or two of my crisis plan to show on Help now while Waymark is locked, like a phone’s emergency medical ID.',
		warning:
			'What I put on my crisis card is stored without encryption. Anyone holding this phone can read it without my passphrase.',
		turnOn: 'Show my crisis card on Help now while Waymark is locked',
		people: 'People to show',
		peopleHint: (n: number) => `Up to ${n}, from my plan: my worker and my crisis numbers.`,
		noPeople:
			'My plan has no phone numbers yet. I can add them in My worker, Crisis numbers or My crisis plan.',
		addPeople: 'Add my crisis numbers',
		contactsFailed: 'I could not read the people in my plan just now. I can still write my lines.',
		tooMany: (n: number) => `My card can show up to ${n} people.`,
		person: (name: string, number: string) => `${name || 'No name'}, ${number}`,
		line: (n: number) => `Line ${n} from my crisis plan (optional)`,
		lineHint: 'For example: “Please call my sister Jo first.”',
		save: 'Save my crisis card',
		nothing: 'I haven’t chosen anyone or written a line yet, so there is nothing to show.',
		saved: 'My crisis card is saved. It shows on Help now.',
		notSaved: 'This browser would not keep my crisis card, so it will not show on Help now.',
		off: 'My crisis card is off, and nothing of it is kept.',
		copyNote:
			'The card keeps a copy. If I change a number in my plan, I come back here and save the card again.',
		see: 'See Help now'
	}
} as const;
