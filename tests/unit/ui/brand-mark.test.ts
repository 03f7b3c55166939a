import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brandColours, brandPaths } from '../../../src/lib/ui/brand-mark.js';

// BrandMark.svelte writes the mark out as static markup (nothing to hydrate on a cold start);
// the icons are drawn from brand-mark.js. The two must stay one drawing.

const source = readFileSync(
	join(import.meta.dirname, '../../../src/lib/ui/BrandMark.svelte'),
	'utf8'
);

function attributesOf(tag: string): Record<string, string> {
	return Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, k, v]) => [k, v]));
}

describe('the brand mark in the app', () => {
	it('draws the same paths, in the same order, as the icons', () => {
		const paths = [...source.matchAll(/<path\b([^>]*)\/>/g)].map(([, tag]) => attributesOf(tag));
		const expected = brandPaths.map((path) =>
			Object.fromEntries(Object.entries(path).map(([k, v]) => [k, String(v)]))
		);
		expect(paths).toEqual(expected);
	});

	it('sits on the same ground, with no values left to fill in', () => {
		const rect = source.match(/<rect\b([^>]*)\/>/);
		expect(rect && attributesOf(rect[1]).fill).toBe(brandColours.ground);
		const svg = source.slice(source.indexOf('<svg'), source.indexOf('</svg>'));
		expect(svg).not.toMatch(/[{}]/);
	});
});
