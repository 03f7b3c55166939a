import { untrack } from 'svelte';
import type { RecordKind, Saved } from '$lib/domain/record-kind';
import type { Reader } from './repository';
import type { Vault } from './vault.svelte';

// Records a component shows, kept current: they reload whenever a kind they read changes (here
// or in another tab). Create them while a component initialises; they end with it, and locking
// unmounts the component, so nothing decrypted outlives the unlocked session.

class Live<V> {
	#value = $state.raw<V | undefined>(undefined);
	#error = $state.raw<Error | null>(null);
	#loaded = $state(false);
	/** The families the last load read, each with its change count as it was read. */
	#read = $state.raw<ReadonlyMap<string, number>>(new Map());
	#reloads = $state(0);

	constructor(vault: Vault, load: (records: Reader) => Promise<V>) {
		$effect(() => {
			void this.#reloads;
			if (vault.status !== 'unlocked') return;
			let current = true;
			// Filled as this load reads, then handed over whole: a plain Map is enough.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			const read = new Map<string, number>();
			// Counted before the read itself, so a change that lands while it runs reloads.
			const records = vault.records.reading(
				(family) =>
					read.has(family) ||
					read.set(
						family,
						untrack(() => vault.changes.version(family))
					)
			);
			// What is read can change from one load to the next (a new goal's journey, a new
			// year of check-ins), so each load's own reads replace the last's.
			const settle = (done: () => void) => {
				if (!current) return;
				done();
				this.#read = read;
				this.#loaded = true;
			};
			load(records).then(
				(value) =>
					settle(() => {
						this.#value = value;
						this.#error = null;
					}),
				(error: Error) => settle(() => (this.#error = error))
			);
			return () => {
				current = false;
			};
		});
		// Subscribes to what was read: a family changed since it was read loads again.
		$effect(() => {
			let moved = false;
			for (const [family, seen] of this.#read)
				if (vault.changes.version(family) !== seen) moved = true;
			if (moved) untrack(() => this.#reloads++);
		});
	}

	get value() {
		return this.#value;
	}
	get error() {
		return this.#error;
	}
	get loaded() {
		return this.#loaded;
	}
}

/** The records of a kind that open, and the errors of any that were altered outside Waymark. */
export function liveList<T>(vault: Vault, kind: RecordKind<T>) {
	return new Live<{ records: Saved<T>[]; refused: Error[] }>(vault, (records) =>
		records.listReadable(kind)
	);
}

/** One record and its earlier versions, newest first; an empty list once it is deleted. */
export function liveHistory<T>(vault: Vault, kind: RecordKind<T>, id: () => string) {
	return new Live<Saved<T>[]>(vault, (records) => records.history(kind, id()));
}

/**
 * Anything loaded from the vault, loaded again whenever a kind it read changes. Every read must
 * go through `records`: that is how it knows what to watch.
 */
export function liveLoad<V>(vault: Vault, load: (records: Reader) => Promise<V>) {
	return new Live<V>(vault, load);
}
