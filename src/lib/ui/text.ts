import { formatNumber, plural } from '$lib/domain/locale';

// Words the shared components say themselves; a feature's own words come in through props.

export const text = {
	cancel: 'Cancel',
	show: 'Show',
	/** A version's label with its number, where two were saved in the same second. */
	numbered: (label: string, n: number) => `${label} (${n})`
} as const;

/** What every day field says of a day that cannot be any day; a screen adds its own rules' words. */
export const anyDayWords = {
	'not-a-day': 'That isn’t a day on the calendar. Check the date.',
	'too-early': 'That date is before 1900. Check the year.'
} as const;

const characters = (n: number) =>
	plural(n, { one: `${formatNumber(n)} character`, other: `${formatNumber(n)} characters` });

/** Words a text field says about its limit. */
export const limitWords = {
	left: (n: number) => (n === 0 ? 'No room left' : `${characters(n)} left`),
	full: (max: number) => `This holds up to ${characters(max)}, so nothing more was added.`,
	tooLong: (max: number, wouldBe: number) =>
		`That didn’t fit: this holds up to ${characters(max)}, and it would have made ${characters(wouldBe)}. Nothing was added, and the copied text is still there to paste in parts.`
};

/** What ReorderList says, from the feature using it (its words live with the feature). */
export interface ReorderWords {
	/** The handle's name, e.g. "Move “Walks”, 2 of 5". */
	move: (name: string, position: number, total: number) => string;
	/** Said after a move, e.g. "“Walks” moved to 1 of 5". */
	moved: (name: string, position: number, total: number) => string;
	/** How to move by keyboard. */
	hint: string;
	remove: (name: string) => string;
}
