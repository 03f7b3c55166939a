// Words of autosave, the same wherever the person writes (plan, goals, journal, unmet needs).
import type { SaveState } from './draft.svelte';

export const text = {
	state: {
		saved: 'Saved',
		unsaved: 'Saving soon…',
		saving: 'Saving…',
		failed: 'Not saved'
	} satisfies Record<SaveState, string>,
	keptOther: 'Saved, and the words another tab saved here are kept among the earlier versions.',
	retry: 'Try again',
	notSaved: 'This wasn’t saved. Try again in a moment.',
	keptHere:
		'My latest changes are still here on this screen, but not saved yet. Leaving this screen would lose them.',
	leave: {
		title: 'Leave without saving?',
		body: 'My latest changes on this screen couldn’t be saved. If I leave now, they’ll be lost.',
		stay: 'Stay here',
		confirm: 'Leave anyway'
	},
	changed: (when: string) => `Last changed ${when}`,
	neverChanged: 'Nothing written yet'
};
