// The names of the scales a new journal starts with; the person can rename each.
export const defaultScaleNames = {
	mood: 'Mood',
	sleep: 'Sleep',
	hope: 'Hope',
	connection: 'Feeling connected'
} as const;
