// Words of the shared form pieces: list and item fields, reordering, undo, and links to a goal or
// part of my plan.
import { plural } from '$lib/domain/locale';
import type { ReorderWords } from '$lib/ui/text';

const quoted = (name: string) => (name.trim() ? `“${name.trim()}”` : 'this item');

export const text = {
	list: {
		/** A list's button when its field names no item of its own. */
		add: 'Add an item',
		removed: (name: string) => `Removed ${quoted(name)}.`,
		undo: 'Undo',
		dismiss: 'Dismiss',
		itemLabel: (label: string, position: number) => `${label}, item ${position}`,
		call: (name: string) => `Call ${name.trim() || 'this number'}`
	},
	reorder: {
		move: (name, position, total) => `Move ${quoted(name)}, ${position} of ${total}`,
		moved: (name, position, total) => `${quoted(name)} moved to ${position} of ${total}`,
		hint: 'Drag to move, or use the up and down arrow keys.',
		remove: (name) => `Remove ${quoted(name)}`
	} satisfies ReorderWords,
	links: {
		summary: (n: number) =>
			n === 0
				? 'Link to a goal or part of my plan'
				: plural(n, { one: 'Linked to 1 thing', other: `Linked to ${n} things` }),
		goals: 'My goals',
		plan: 'My plan',
		noGoals: 'No goals yet.',
		goalsFailed: 'My goals couldn’t be read, so they can’t be linked just now.',
		about: 'About',
		entry: 'Journal entry'
	},
	/** A goal's name in a link, before its title is written. */
	untitledGoal: 'A goal without words yet'
} as const;
