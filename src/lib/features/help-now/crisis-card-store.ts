import * as v from 'valibot';
import { crisisCardSchema, tidyCrisisCard, type CrisisCard } from '$lib/domain/crisis-card';
import {
	browserStore,
	PersistedValue,
	type ValueStore
} from '$lib/features/device/persisted-value.svelte';

// Where My crisis card is kept: its own localStorage entry, outside the encrypted vault, so Help
// now can read it before anything is unlocked or even loaded. Turning the card off removes the
// entry; erasing the journal clears localStorage, and with it the card.

const key = 'waymark.crisis-card';

export type CardStore = ValueStore;
export { browserStore as cardStore };

function parseCard(saved: string | null): CrisisCard | null {
	if (!saved) return null;
	try {
		const parsed = v.safeParse(crisisCardSchema, JSON.parse(saved));
		return parsed.success ? parsed.output : null;
	} catch {
		return null;
	}
}

const kept = (store: CardStore | undefined) =>
	new PersistedValue(key, parseCard, { store, format: (card) => JSON.stringify(card) });

/** The card the person chose to show, or null: never turned on, turned off, or unreadable. */
export function loadCrisisCard(store: CardStore | undefined): CrisisCard | null {
	return kept(store).value;
}

/**
 * Keeps the card, tidied and checked against its limits first (the fields enforce them, so a
 * card past them is a fault and throws). Null when the browser refuses to keep it.
 */
export function saveCrisisCard(
	store: CardStore | undefined,
	card: Omit<CrisisCard, 'version'>
): CrisisCard | null {
	const tidy = v.parse(crisisCardSchema, tidyCrisisCard(card));
	return kept(store).set(tidy) ? tidy : null;
}

/** Turns the card off: nothing of it is left. */
export function clearCrisisCard(store: CardStore | undefined): void {
	kept(store).clear(null);
}
