import { PersistedValue } from '$lib/features/device/persisted-value.svelte';

// Whether sections show their tips. A device preference with nothing of the person's in it, so
// it lives in localStorage (like the theme) and holds while the journal is locked. A refused
// save lasts for this visit.
const tips = new PersistedValue('waymark.plan-tips', (saved) => saved !== 'hidden', {
	format: (shown) => (shown ? 'shown' : 'hidden')
});

export const planTips = {
	get shown() {
		return tips.value;
	},
	toggle() {
		tips.set(!tips.value);
	}
};
