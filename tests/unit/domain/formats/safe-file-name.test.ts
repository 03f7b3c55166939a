import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FileNames, maxNameBytes, safeFileName } from '$lib/domain/formats/safe-file-name';

const bytes = (s: string) => new TextEncoder().encode(s).length;
const name = (stem: string, max?: number) => safeFileName(stem, 'webm', 'Voice note', max);

describe('safe file names', () => {
	it('takes out what Windows, macOS or Linux cannot hold', () => {
		expect(name('a/b\\c:d*e?f"g<h>i|j')).toBe('a b c d e f g h i j.webm');
		expect(name('tab\there\nnew line\u0000nul\u007f')).toBe('tab here new line nul.webm');
		expect(name('Why?')).toBe('Why.webm');
		expect(name('trailing dots...')).toBe('trailing dots.webm');
		expect(name('  spaces  ')).toBe('spaces.webm');
		expect(name('.hidden')).toBe('hidden.webm');
	});

	it('falls back when nothing is left', () => {
		expect(name('')).toBe('Voice note.webm');
		expect(name('..')).toBe('Voice note.webm');
		expect(name('???')).toBe('Voice note.webm');
	});

	it('keeps Windows device names from being one', () => {
		expect(name('CON')).toBe('_CON.webm');
		expect(name('con')).toBe('_con.webm');
		expect(name('aux.backup')).toBe('_aux.backup.webm');
		expect(name('COM1')).toBe('_COM1.webm');
		expect(name('lpt9')).toBe('_lpt9.webm');
		expect(name('Console')).toBe('Console.webm');
	});

	it('takes out direction overrides that could disguise the extension, and keeps emoji whole', () => {
		expect(name('holiday\u202egpj.exe')).toBe('holidaygpj.exe.webm');
		expect(name('👩‍👩‍👧‍👦 family')).toBe('👩‍👩‍👧‍👦 family.webm');
		expect(name('مرحبا')).toBe('مرحبا.webm');
	});

	it('caps the length in bytes without cutting a letter or an emoji in half', () => {
		const long = name('word '.repeat(100));
		expect(bytes(long)).toBeLessThanOrEqual(maxNameBytes);
		expect(long.endsWith(' .webm')).toBe(false);
		const emoji = name('👩‍👩‍👧‍👦'.repeat(20), 60);
		expect(bytes(emoji)).toBeLessThanOrEqual(60);
		expect(emoji).toBe(`${'👩‍👩‍👧‍👦'.repeat(2)}.webm`);
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (stem) => {
				const safe = name(stem, 80);
				expect(bytes(safe)).toBeLessThanOrEqual(80);
				expect(safe).not.toMatch(/[/\\:*?"<>|\p{Cc}]|^[ .]|[ .]\.webm$/u);
				expect(safe.endsWith('.webm')).toBe(true);
			})
		);
	});

	it('numbers a name already given, counting capitals and Unicode forms as the same', () => {
		const names = new FileNames();
		names.reserve('index.csv');
		expect(names.name('Walk', 'webm', 'x')).toBe('Walk.webm');
		expect(names.name('walk', 'webm', 'x')).toBe('walk (2).webm');
		expect(names.name('WALK', 'webm', 'x')).toBe('WALK (3).webm');
		expect(names.name('Walk (2)', 'webm', 'x')).toBe('Walk (2) (2).webm');
		expect(names.name('Walk', 'm4a', 'x')).toBe('Walk.m4a');
		expect(names.name('Café', 'webm', 'x')).toBe('Café.webm');
		expect(names.name('Cafe\u0301', 'webm', 'x')).toBe('Café (2).webm');
		expect(names.name('index', 'csv', 'x')).toBe('index (2).csv');
		const long = 'a'.repeat(300);
		const first = names.name(long, 'webm', 'x', 40);
		const second = names.name(long, 'webm', 'x', 40);
		expect(second).not.toBe(first);
		expect(bytes(second)).toBeLessThanOrEqual(40);
		expect(second.endsWith(' (2).webm')).toBe(true);
	});
});
