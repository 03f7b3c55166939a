import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hint, hintBuiltFiles, withHint } from '../../../build-tools/compile-hint.js';

describe('the compile hint', () => {
	let dir = '';
	beforeEach(() => {
		dir = mkdtempSync(join(tmpdir(), 'compile-hint-'));
	});
	afterEach(() => rmSync(dir, { recursive: true, force: true }));
	const pathOf = (href: string) => join(dir, href);

	it('opens a file with Chromium’s comment, once', () => {
		expect(hint).toBe('//# allFunctionsCalledOnLoad\n');
		expect(withHint('export const a=1;')).toBe('//# allFunctionsCalledOnLoad\nexport const a=1;');
		expect(withHint(withHint('export const a=1;'))).toBe(withHint('export const a=1;'));
	});

	it('marks the files a page preloads, and only them, however often it is asked', () => {
		writeFileSync(pathOf('start.js'), 'export const a=1;');
		writeFileSync(pathOf('later.js'), 'export const b=2;');
		hintBuiltFiles(['start.js'], pathOf);
		hintBuiltFiles(['start.js'], pathOf);
		expect(readFileSync(pathOf('start.js'), 'utf8')).toBe(withHint('export const a=1;'));
		expect(readFileSync(pathOf('later.js'), 'utf8')).toBe('export const b=2;');
	});

	it('fails the build for a file it cannot find, rather than mark nothing', () => {
		expect(() => hintBuiltFiles(['missing.js'], pathOf)).toThrow();
		expect(() => hintBuiltFiles(['x.js'], () => undefined)).toThrow(/no built file/);
	});
});
