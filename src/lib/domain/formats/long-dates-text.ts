// The words of long-dates.ts: en-GB's month names, and how a day and a time are joined.

export const monthNames = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
] as const;

/** "1 December 2026 at 9:05" */
export const dayAtTime = (day: string, time: string) => `${day} at ${time}`;

/** What Date's own toLocaleString writes for a date that is not one. */
export const invalidDate = 'Invalid Date';
