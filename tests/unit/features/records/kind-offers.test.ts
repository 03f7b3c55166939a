import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kindOffers, offeredTo } from '$lib/features/records/kind-offers';

// Every kind the domain defines is listed in the registry, so search, sharing and the timeline
// are each asked about it; the compiler checks the rest (kind-offers.ts).
function definedKinds(folder = 'src/lib/domain'): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const path = join(folder, entry.name);
		if (entry.isDirectory()) return definedKinds(path);
		const source = readFileSync(path, 'utf8');
		const named = source.matchAll(/define(?:Single|Gathered)?Kind(?:<[^>]*>)?\(\s*['`]([^'`:$]+)/g);
		return [...named].map(([, name]) => name);
	});
}

describe('the registry of record kinds', () => {
	it('lists every kind the domain defines, and nothing else', () => {
		const defined = [...new Set(definedKinds())].sort();
		expect(defined.length).toBeGreaterThan(10);
		expect(Object.keys(kindOffers).sort()).toEqual(defined);
	});

	it('gives each reader its offers once, in the order the kinds are listed', () => {
		expect(offeredTo('timeline')).toEqual(['goals', 'sessions', 'reviews', 'checkins']);
		expect(offeredTo('share')).toEqual([
			'entries',
			'plan',
			'goals',
			'sessions',
			'unmetNeeds',
			'checkins',
			'scales'
		]);
		expect(offeredTo('search')).toEqual([
			'entry',
			'voice',
			'plan',
			'goal',
			'session',
			'review',
			'needs',
			'checkin'
		]);
	});
});
