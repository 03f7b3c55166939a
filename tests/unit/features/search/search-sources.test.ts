import { afterEach, describe, expect, it, vi } from 'vitest';
import { newGoal } from '$lib/domain/journey/goal';
import { newReview, reviewKind } from '$lib/domain/journey/review';
import { unmetNeedsKind } from '$lib/domain/journey/unmet-needs';
import { buildIndex, searchIndex } from '$lib/domain/search/journal-search';
import type { Vault } from '$lib/vault/vault.svelte';
import { newJournal } from '../../vault/helpers';

// What search reads from each part of the journal: the person's words, said in words.
const held = vi.hoisted(() => ({ vault: null as Vault | null }));
vi.mock('$lib/vault', () => ({
	get vault() {
		return held.vault;
	}
}));
vi.mock('$app/paths', () => ({ resolve: (path: string) => path }));
const { loadSearchDocs } = await import('$lib/features/search/search-sources');
const { createGoal } = await import('$lib/features/records/goal-store');

afterEach(() => {
	held.vault?.close();
	held.vault = null;
});

async function journal() {
	const { vault } = await newJournal();
	held.vault = vault;
	return vault;
}

describe('search sources', () => {
	it('search reviews and the needs to raise at a review', async () => {
		const vault = await journal();
		await vault.records.create(reviewKind, {
			...newReview('2026-10-01', true),
			wentWell: 'Kept going to the allotment'
		});
		await vault.records.create(unmetNeedsKind, {
			needs: [{ id: 'n1', text: 'A dentist who takes new patients' }]
		});
		const index = buildIndex(await loadSearchDocs());
		const [review] = searchIndex(index, 'allotment');
		expect(review.doc.kind).toBe('review');
		expect(review.doc.title).toMatch(/^Full review, /);
		const [needs] = searchIndex(index, 'dentist');
		expect(needs.doc.kind).toBe('needs');
		expect(needs.doc.title).toBe('Needs to raise at my next review');
		expect(needs.doc.about).toMatch(/^Last changed /);
	});

	it('take only the words of a goal’s journey, never its kinds or days', async () => {
		await journal();
		await createGoal(newGoal('Walk to the shop'), {
			id: 'p1',
			at: '2026-12-01T10:00:00.000Z',
			updatedAt: '2026-12-01T10:00:00.000Z',
			type: 'progress',
			on: '2026-12-01',
			scale: 4,
			note: 'Got halfway'
		});
		const [goal] = (await loadSearchDocs()).filter((doc) => doc.kind === 'goal');
		expect(goal.parts).toEqual(['Got halfway']);
		expect(goal.about).toMatch(/^Goal, last changed /);
		expect(searchIndex(buildIndex([goal]), 'progress')).toEqual([]);
		expect(searchIndex(buildIndex([goal]), '2026')).toEqual([]);
	});
});
