import type { RecordKind, Saved } from '$lib/domain/record-kind';
import type { Vault } from './vault.svelte';

// Records a component shows, kept current: they reload whenever their kind changes (here or in
// another tab). Create them while a component initialises; they end with it, and locking
// unmounts the component, so nothing decrypted outlives the unlocked session.

class Live<V> {
	#value = $state.raw<V | undefined>(undefined);
	#error = $state.raw<Error | null>(null);
	#loaded = $state(false);

	constructor(vault: Vault, families: readonly string[], load: () => Promise<V>) {
		$effect(() => {
			for (const family of families) vault.changes.version(family);
			if (vault.status !== 'unlocked') return;
			let current = true;
			load().then(
				(value) => {
					if (!current) return;
					this.#value = value;
					this.#error = null;
					this.#loaded = true;
				},
				(error: Error) => {
					if (!current) return;
					this.#error = error;
					this.#loaded = true;
				}
			);
			return () => {
				current = false;
			};
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
	return new Live<{ records: Saved<T>[]; refused: Error[] }>(vault, [kind.family], () =>
		vault.records.listReadable(kind)
	);
}

/** One record and its earlier versions, newest first; an empty list once it is deleted. */
export function liveHistory<T>(vault: Vault, kind: RecordKind<T>, id: () => string) {
	return new Live<Saved<T>[]>(vault, [kind.family], () => vault.records.history(kind, id()));
}

/** Anything loaded from the vault, loaded again whenever one of the kinds it reads changes. */
export function liveLoad<V>(
	vault: Vault,
	kinds: readonly RecordKind<unknown>[],
	load: () => Promise<V>
) {
	const families = kinds.map((kind) => kind.family);
	return new Live<V>(
		vault,
		families.filter((family, n) => families.indexOf(family) === n),
		load
	);
}
