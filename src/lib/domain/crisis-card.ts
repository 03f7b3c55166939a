import * as v from 'valibot';
import { textLimits } from './text-limits';

// My crisis card: the few things the person chose to leave readable while the journal is locked,
// like a phone's emergency medical ID. It is the one part of Waymark stored without encryption,
// so it holds only what they picked: a few people to call and a line or two of their plan.

export const crisisCardLimits = { contacts: 3, lines: 2, line: textLimits.line } as const;

const line = v.pipe(v.string(), v.maxLength(crisisCardLimits.line));

export const crisisCardSchema = v.object({
	version: v.literal(1),
	contacts: v.pipe(
		v.array(v.object({ name: line, number: line })),
		v.maxLength(crisisCardLimits.contacts)
	),
	lines: v.pipe(v.array(line), v.maxLength(crisisCardLimits.lines))
});

export type CrisisCard = v.InferOutput<typeof crisisCardSchema>;
export type CrisisContact = CrisisCard['contacts'][number];

/** The card as it is kept: blank lines and contacts with no number left out. */
export function tidyCrisisCard(card: Omit<CrisisCard, 'version'>): CrisisCard {
	return {
		version: 1,
		contacts: card.contacts
			.map((c) => ({ name: c.name.trim(), number: c.number.trim() }))
			.filter((c) => c.number !== ''),
		lines: card.lines.map((l) => l.trim()).filter((l) => l !== '')
	};
}

/** Whether the card has anything to show. */
export function isEmptyCrisisCard(card: CrisisCard): boolean {
	return card.contacts.length === 0 && card.lines.length === 0;
}
