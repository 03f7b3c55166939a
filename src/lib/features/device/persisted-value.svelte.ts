// One value this device keeps outside the vault, in localStorage: a choice that holds nothing
// of the person's words (the theme, whether tips show) or that they chose to leave readable
// (My crisis card), so it applies before the journal is unlocked. It lives in features/device,
// the first shared feature folder, so every feature, the shell and routes may import it; the
// vault imports no feature, and keeps its own device state (the unlock wait) in the database,
// where clearing localStorage alone cannot reset it.

export type ValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** localStorage, or nothing when the browser blocks it (some private modes throw on access). */
export function browserStore(): ValueStore | undefined {
	try {
		return globalThis.localStorage ?? undefined;
	} catch {
		return undefined;
	}
}

export class PersistedValue<T> {
	#value = $state.raw() as T;
	readonly #key: string;
	readonly #store: ValueStore | undefined;
	readonly #format: (value: T) => string;

	/**
	 * `parse` turns what was kept (null for nothing, or storage refused) into a value, falling
	 * back to a default for anything it does not know.
	 */
	constructor(
		key: string,
		parse: (saved: string | null) => T,
		{
			store = browserStore(),
			format = String
		}: { store?: ValueStore; format?: (value: T) => string } = {}
	) {
		this.#key = key;
		this.#store = store;
		this.#format = format;
		let saved: string | null = null;
		try {
			saved = store?.getItem(key) ?? null;
		} catch {
			// Storage refused: the default.
		}
		this.#value = parse(saved);
	}

	get value(): T {
		return this.#value;
	}

	/** Keeps a new value; false when the browser refuses (it still holds until the app closes). */
	set(value: T): boolean {
		this.#value = value;
		try {
			if (!this.#store) return false;
			this.#store.setItem(this.#key, this.#format(value));
			return true;
		} catch {
			return false;
		}
	}

	/** Forgets what was kept; `empty` is the value from now on. */
	clear(empty: T): void {
		this.#value = empty;
		try {
			this.#store?.removeItem(this.#key);
		} catch {
			// A browser that refuses storage kept nothing to remove.
		}
	}
}
