import { tick } from 'svelte';

// What a list field, an items field and a goal's steps share: adding an item and moving focus
// into it, removing one (with Undo when it held words) and putting focus on its neighbour, and
// bringing it back.

type Item = { id: string } & Record<string, string | boolean>;

export class ItemEditing<T extends Item> {
	/** The last item removed, for Undo; null once the person acts again or dismisses it. */
	removed = $state<{ item: T; index: number } | null>(null);
	readonly #items: () => T[];
	readonly #changed: () => void;
	readonly #container: () => HTMLElement | undefined;

	constructor(items: () => T[], changed: () => void, container: () => HTMLElement | undefined) {
		this.#items = items;
		this.#changed = changed;
		this.#container = container;
	}

	/** Focuses an item's first control (or the Add button, for none), optionally at its end. */
	async focus(itemId: string | undefined, atEnd = false) {
		await tick();
		const container = this.#container();
		const target = itemId
			? container?.querySelector<HTMLElement>(`[data-item="${CSS.escape(itemId)}"]`)
			: container?.querySelector<HTMLElement>('.add');
		target?.focus();
		if (atEnd && target instanceof HTMLTextAreaElement)
			target.setSelectionRange(target.value.length, target.value.length);
	}

	insert(item: T, at = this.#items().length) {
		this.#items().splice(at, 0, item);
		this.#changed();
		void this.focus(item.id);
	}

	/** Removes an item; Undo is offered when it held words and `undoable` is left true. */
	remove(item: T, index: number, undoable = true) {
		const items = this.#items();
		items.splice(index, 1);
		this.#changed();
		const written = Object.entries(item).some(
			([key, value]) => key !== 'id' && typeof value === 'string' && value.trim()
		);
		this.removed = undoable && written ? { item, index } : null;
		// After Undo-able removal focus moves on to the next item; after Backspace, back to the end
		// of the one before.
		if (undoable) void this.focus((items[index] ?? items[index - 1])?.id);
		else void this.focus(items[index - 1]?.id, true);
	}

	/**
	 * The keys of a one-line list: Enter adds a new item (`blank()`) after this one; Backspace in
	 * an empty item removes it and goes back to the end of the one before.
	 */
	listKeys(event: KeyboardEvent, item: T, index: number, blank: () => T) {
		if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
			event.preventDefault();
			this.insert(blank(), index + 1);
		} else if (
			event.key === 'Backspace' &&
			(event.currentTarget as HTMLTextAreaElement).value === '' &&
			this.#items().length > 1
		) {
			event.preventDefault();
			this.remove(item, index, false);
		}
	}

	undo() {
		if (!this.removed) return;
		const { item, index } = this.removed;
		const items = this.#items();
		items.splice(Math.min(index, items.length), 0, item);
		this.removed = null;
		this.#changed();
		void this.focus(item.id, true);
	}
}
