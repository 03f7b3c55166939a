import { describe, expect, it } from 'vitest';
import { crisisCardLimits } from '$lib/domain/crisis-card';
import {
	clearCrisisCard,
	loadCrisisCard,
	saveCrisisCard,
	type CardStore
} from '$lib/features/help-now/crisis-card-store';

function memoryStore(initial: Record<string, string> = {}): CardStore & {
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

const card = {
	contacts: [{ name: 'Jo (sister)', number: '07700 900123' }],
	lines: ['Please call Jo first.']
};

describe('my crisis card', () => {
	it('is off until the person turns it on', () => {
		expect(loadCrisisCard(memoryStore())).toBeNull();
		expect(loadCrisisCard(undefined)).toBeNull();
	});

	it('keeps exactly what the person chose, in one entry of its own', () => {
		const store = memoryStore();
		saveCrisisCard(store, card);
		expect(loadCrisisCard(store)).toEqual({ version: 1, ...card });
		expect(Object.keys(store.data)).toEqual(['waymark.crisis-card']);
		expect(JSON.parse(store.data['waymark.crisis-card'])).toEqual({ version: 1, ...card });
	});

	it('leaves out blank lines and contacts with no number', () => {
		const store = memoryStore();
		const kept = saveCrisisCard(store, {
			contacts: [
				{ name: ' Jo ', number: ' 07700 900123 ' },
				{ name: 'Nobody', number: '  ' }
			],
			lines: ['  ', ' Call Jo. ']
		});
		expect(kept).toEqual({
			version: 1,
			contacts: [{ name: 'Jo', number: '07700 900123' }],
			lines: ['Call Jo.']
		});
	});

	it('refuses more than its limits, keeping nothing', () => {
		const store = memoryStore();
		const contact = { name: 'Jo', number: '1' };
		expect(() =>
			saveCrisisCard(store, {
				contacts: Array(crisisCardLimits.contacts + 1).fill(contact),
				lines: []
			})
		).toThrow();
		expect(() =>
			saveCrisisCard(store, {
				contacts: [],
				lines: ['a', 'b', 'c'].slice(0, crisisCardLimits.lines + 1)
			})
		).toThrow();
		expect(() =>
			saveCrisisCard(store, { contacts: [], lines: ['x'.repeat(crisisCardLimits.line + 1)] })
		).toThrow();
		expect(store.data).toEqual({});
		saveCrisisCard(store, { contacts: [], lines: ['x'.repeat(crisisCardLimits.line)] });
		expect(loadCrisisCard(store)?.lines[0]).toHaveLength(crisisCardLimits.line);
	});

	it('leaves nothing behind when turned off', () => {
		const store = memoryStore({ 'waymark.theme': 'dark' });
		saveCrisisCard(store, card);
		clearCrisisCard(store);
		expect(loadCrisisCard(store)).toBeNull();
		expect(store.data).toEqual({ 'waymark.theme': 'dark' });
	});

	it('reads a damaged or altered entry as no card, never as something else', () => {
		for (const saved of ['{', '[]', '{"version":2,"contacts":[],"lines":[]}', '{"version":1}'])
			expect(loadCrisisCard(memoryStore({ 'waymark.crisis-card': saved }))).toBeNull();
		const extra = JSON.stringify({ version: 1, ...card, journal: 'secret words' });
		expect(loadCrisisCard(memoryStore({ 'waymark.crisis-card': extra }))).toEqual({
			version: 1,
			...card
		});
	});

	it('says so when the browser will not keep the card', () => {
		const refusing: CardStore = {
			getItem: () => null,
			setItem: () => {
				throw new DOMException('full', 'QuotaExceededError');
			},
			removeItem: () => {}
		};
		expect(saveCrisisCard(refusing, card)).toBeNull();
		expect(saveCrisisCard(undefined, card)).toBeNull();
	});
});
