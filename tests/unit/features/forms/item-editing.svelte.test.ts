import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ItemEditing } from '$lib/features/forms/item-editing.svelte';

// ItemEditing edits a plain array in place and moves focus through its container; here the
// container is a stand-in that hands out one fake control per item.

type Item = { id: string; text: string };

class FakeTextArea {
	value = '';
	focus = vi.fn();
	setSelectionRange = vi.fn();
}

function setup(texts: string[]) {
	const items = $state(texts.map((text, n) => ({ id: `i${n}`, text })));
	const controls = new Map<string, FakeTextArea>();
	const add = new FakeTextArea();
	const control = (id: string) => {
		if (!controls.has(id)) controls.set(id, new FakeTextArea());
		return controls.get(id)!;
	};
	const container = {
		querySelector: (selector: string) =>
			selector === '.add' ? add : control(/data-item="(.*)"/.exec(selector)![1])
	} as unknown as HTMLElement;
	const changed = vi.fn();
	const editing = new ItemEditing<Item>(
		() => items,
		changed,
		() => container
	);
	return { items, editing, changed, control, add };
}

const key = (key: string, value = '', shiftKey = false) =>
	({
		key,
		shiftKey,
		isComposing: false,
		preventDefault: vi.fn(),
		currentTarget: { value }
	}) as unknown as KeyboardEvent & { preventDefault: ReturnType<typeof vi.fn> };

const texts = (items: Item[]) => items.map((item) => item.text);

beforeEach(() => {
	vi.stubGlobal('CSS', { escape: (value: string) => value });
	vi.stubGlobal('HTMLTextAreaElement', FakeTextArea);
});
afterEach(() => vi.unstubAllGlobals());

describe('ItemEditing', () => {
	it('inserts an item where asked and moves focus into it', async () => {
		const { items, editing, changed, control } = setup(['one', 'three']);
		editing.insert({ id: 'new', text: 'two' }, 1);
		expect(texts(items)).toEqual(['one', 'two', 'three']);
		expect(changed).toHaveBeenCalledOnce();
		await vi.waitFor(() => expect(control('new').focus).toHaveBeenCalled());
	});

	it('adds at the end when no place is given', () => {
		const { items, editing } = setup(['one']);
		editing.insert({ id: 'new', text: '' });
		expect(items.map((item) => item.id)).toEqual(['i0', 'new']);
	});

	it('offers Undo for a removed item that held words, and focuses the one after it', async () => {
		const { items, editing, control } = setup(['one', 'two', 'three']);
		const second = items[1];
		editing.remove(second, 1);
		expect(texts(items)).toEqual(['one', 'three']);
		expect(editing.removed).toEqual({ item: second, index: 1 });
		await vi.waitFor(() => expect(control('i2').focus).toHaveBeenCalled());
	});

	it('offers no Undo for an empty item, and focuses the one before when it was last', async () => {
		const { items, editing, control } = setup(['one', '  ']);
		editing.remove(items[1], 1);
		expect(editing.removed).toBeNull();
		await vi.waitFor(() => expect(control('i0').focus).toHaveBeenCalled());
	});

	it('focuses Add once the last item is gone', async () => {
		const { items, editing, add } = setup(['only']);
		editing.remove(items[0], 0);
		expect(items).toEqual([]);
		await vi.waitFor(() => expect(add.focus).toHaveBeenCalled());
	});

	it('Undo puts the item back in its place, with focus at the end of its words', async () => {
		const { items, editing, changed, control } = setup(['one', 'two', 'three']);
		editing.remove(items[1], 1);
		control('i1').value = 'two';
		editing.undo();
		expect(texts(items)).toEqual(['one', 'two', 'three']);
		expect(editing.removed).toBeNull();
		expect(changed).toHaveBeenCalledTimes(2);
		await vi.waitFor(() => expect(control('i1').setSelectionRange).toHaveBeenCalledWith(3, 3));
	});

	it('Undo after the list shrank puts the item at its end', () => {
		const { items, editing } = setup(['one', 'two', 'three']);
		editing.remove(items[2], 2);
		items.splice(0, 2);
		editing.undo();
		expect(texts(items)).toEqual(['three']);
	});

	it('Enter adds a blank item after this one; Shift+Enter is left to the field', () => {
		const { items, editing } = setup(['one', 'two']);
		const blank = () => ({ id: 'blank', text: '' });
		const enter = key('Enter', 'one');
		editing.listKeys(enter, items[0], 0, blank);
		expect(enter.preventDefault).toHaveBeenCalled();
		expect(items.map((item) => item.id)).toEqual(['i0', 'blank', 'i1']);
		const newLine = key('Enter', 'one', true);
		editing.listKeys(newLine, items[0], 0, blank);
		expect(newLine.preventDefault).not.toHaveBeenCalled();
		expect(items).toHaveLength(3);
	});

	it('Backspace in an empty item removes it without Undo and goes to the end of the one before', async () => {
		const { items, editing, control } = setup(['one', '']);
		control('i0').value = 'one';
		const backspace = key('Backspace', '');
		editing.listKeys(backspace, items[1], 1, () => ({ id: 'x', text: '' }));
		expect(backspace.preventDefault).toHaveBeenCalled();
		expect(texts(items)).toEqual(['one']);
		expect(editing.removed).toBeNull();
		await vi.waitFor(() => expect(control('i0').setSelectionRange).toHaveBeenCalledWith(3, 3));
	});

	it('Backspace keeps the last item, and an item that still holds words', () => {
		const { items, editing } = setup(['']);
		editing.listKeys(key('Backspace', ''), items[0], 0, () => ({ id: 'x', text: '' }));
		expect(items).toHaveLength(1);
		const two = setup(['one', 'two']);
		two.editing.listKeys(key('Backspace', 'two'), two.items[1], 1, () => ({ id: 'x', text: '' }));
		expect(two.items).toHaveLength(2);
	});
});
