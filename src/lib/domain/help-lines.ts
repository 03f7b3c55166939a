// The national lines Help now shows, one list per country: the single place to add a country
// or correct a number. The words sit with the numbers they describe, since each country's lines
// and what they are for come together; check every number against its service before adding it.

export interface HelpLine {
	id: string;
	/** What the line is called, as its service names it. */
	name: string;
	/** The number to call, as written on screen; none for a text-only service. */
	call?: string;
	/** The number to text, and the word that starts the conversation. */
	text?: { readonly number: string; readonly body: string };
	/** One sentence on when to use it. */
	when: string;
}

export interface HelpCountry {
	/** ISO 3166-1 alpha-2, lower case: what is stored as the person's choice. */
	id: string;
	name: string;
	lines: readonly HelpLine[];
}

export const helpCountries = [
	{
		id: 'gb',
		name: 'United Kingdom',
		lines: [
			{
				id: 'emergency',
				name: 'Emergency services',
				call: '999',
				when: 'If my life or someone else’s is in danger now, or I have hurt myself badly.'
			},
			{
				id: 'nhs-111',
				name: 'NHS 111',
				call: '111',
				when: 'When I need urgent help for my mental health but it is not an emergency. In England, choose option 2 for the mental health line. Free, day and night.'
			},
			{
				id: 'samaritans',
				name: 'Samaritans',
				call: '116 123',
				when: 'When I need to talk to someone about anything, day or night. Free to call.'
			},
			{
				id: 'shout',
				name: 'Shout',
				text: { number: '85258', body: 'SHOUT' },
				when: 'When talking out loud is too hard: text SHOUT to 85258 to message a trained volunteer, day or night. Free.'
			}
		]
	},
	{
		id: 'ie',
		name: 'Ireland',
		lines: [
			{
				id: 'emergency',
				name: 'Emergency services',
				call: '112',
				when: 'If my life or someone else’s is in danger now, or I have hurt myself badly. 999 works too.'
			},
			{
				id: 'samaritans',
				name: 'Samaritans',
				call: '116 123',
				when: 'When I need to talk to someone about anything, day or night. Free to call.'
			},
			{
				id: 'text-50808',
				name: '50808',
				text: { number: '50808', body: 'HELLO' },
				when: 'When talking out loud is too hard: text HELLO to 50808 to message a trained volunteer, day or night. Free.'
			}
		]
	}
] as const satisfies readonly HelpCountry[];

export type HelpCountryId = (typeof helpCountries)[number]['id'];

export const defaultHelpCountry: HelpCountryId = 'gb';

/** A stored choice read back: anything unknown (a country since removed) is the default. */
export function parseHelpCountry(value: unknown): HelpCountryId {
	return helpCountries.find((country) => country.id === value)?.id ?? defaultHelpCountry;
}

export function helpCountry(id: HelpCountryId): HelpCountry {
	return helpCountries.find((country) => country.id === id) ?? helpCountries[0];
}
