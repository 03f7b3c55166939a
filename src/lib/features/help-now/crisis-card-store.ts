import * as v from 'valibot';
import { crisisCardSchema, tidyCrisisCard, type CrisisCard } from '$lib/domain/crisis-card';

// Where My crisis card is kept: its own localStorage entry, outside the encrypted vault, so Help
// now can read it before anything is unlocked or even loaded. Turning the card off removes the
// entry; erasing the journal clears localStorage, and with it the card.

const key = 'waymark.crisis-card';

export type CardStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** localStorage, or nothing when the browser blocks it (some private modes throw on access). */
export function cardStore(): CardStore | undefined {
	try {
		return globalThis.localStorage ?? undefined;
	} catch {
		return undefined;
	}
}

/** The card the person chose to show, or null: never turned on, turned off, or unreadable. */
export function loadCrisisCard(store: CardStore | undefined): CrisisCard | null {
	try {
		const saved = store?.getItem(key);
		if (!saved) return null;
		const parsed = v.safeParse(crisisCardSchema, JSON.parse(saved));
		return parsed.success ? parsed.output : null;
	} catch {
		return null;
	}
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
	try {
		if (!store) return null;
		store.setItem(key, JSON.stringify(tidy));
		return tidy;
	} catch {
		return null;
	}
}

/** Turns the card off: nothing of it is left. */
export function clearCrisisCard(store: CardStore | undefined): void {
	try {
		store?.removeItem(key);
	} catch {
		// A browser that refuses storage kept no card to remove.
	}
}
