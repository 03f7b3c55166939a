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
	changed: (when: string) => `Last changed ${when}`,
	neverChanged: 'Nothing written yet'
};
