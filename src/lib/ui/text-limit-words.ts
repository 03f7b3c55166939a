// Words a text field says about its limit, in the person's locale.
const count = (n: number) => n.toLocaleString();
const characters = (n: number) => `${count(n)} character${n === 1 ? '' : 's'}`;

export const limitWords = {
	left: (n: number) => (n === 0 ? 'No room left' : `${characters(n)} left`),
	full: (max: number) => `This holds up to ${characters(max)}, so nothing more was added.`,
	tooLong: (max: number, wouldBe: number) =>
		`That didn’t fit: this holds up to ${characters(max)}, and it would have made ${characters(wouldBe)}. Nothing was added, and the copied text is still there to paste in parts.`
};
