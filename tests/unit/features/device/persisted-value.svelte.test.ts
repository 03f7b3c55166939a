import { describe, expect, it } from 'vitest';
import { PersistedValue, type ValueStore } from '$lib/features/device/persisted-value.svelte';

function memoryStore(initial: Record<string, string> = {}): ValueStore & {
	data: Record<string, string>;
} {
	const data = { ...initial };
	return {
		data,
		getItem: (key) => data[key] ?? null,
		setItem: (key, value) => void (data[key] = value),
		removeItem: (key) => void delete data[key]
	};
}

const refusing: ValueStore = {
	getItem: () => {
		throw new DOMException('denied', 'SecurityError');
	},
	setItem: () => {
		throw new DOMException('full', 'QuotaExceededError');
	},
	removeItem: () => {
		throw new DOMException('denied', 'SecurityError');
	}
};

const shown = (saved: string | null) => saved !== 'hidden';
const format = (value: boolean) => (value ? 'shown' : 'hidden');

describe('PersistedValue', () => {
	it('starts from what was kept, parsed, and from the default for nothing kept', () => {
		expect(new PersistedValue('tips', shown, { store: memoryStore() }).value).toBe(true);
		const store = memoryStore({ tips: 'hidden' });
		expect(new PersistedValue('tips', shown, { store }).value).toBe(false);
	});

	it('keeps a new value in its own format, for the next visit to read', () => {
		const store = memoryStore();
		const tips = new PersistedValue('tips', shown, { store, format });
		expect(tips.set(false)).toBe(true);
		expect(tips.value).toBe(false);
		expect(store.data).toEqual({ tips: 'hidden' });
		expect(new PersistedValue('tips', shown, { store }).value).toBe(false);
	});

	it('forgets what was kept when cleared', () => {
		const store = memoryStore({ card: '{"x":1}' });
		const card = new PersistedValue<string | null>('card', (saved) => saved, { store });
		card.clear(null);
		expect(card.value).toBeNull();
		expect(store.data).toEqual({});
	});

	it('still holds a value for this visit when the browser refuses storage, and says it was not kept', () => {
		const tips = new PersistedValue('tips', shown, { store: refusing, format });
		expect(tips.value).toBe(true);
		expect(tips.set(false)).toBe(false);
		expect(tips.value).toBe(false);
		expect(() => tips.clear(true)).not.toThrow();
		const none = new PersistedValue('tips', shown, { store: undefined });
		expect(none.set(false)).toBe(false);
		expect(none.value).toBe(false);
	});
});
