import { describe, expect, it } from 'vitest';
import { insertedBy, lengthAfter, roomToShow } from '$lib/ui/text-limit';

const event = (inputType: string, data: string | null = null, pasted?: string) => ({
	inputType,
	data,
	dataTransfer: pasted === undefined ? null : ({ getData: () => pasted } as unknown as DataTransfer)
});

describe('a text field’s limit', () => {
	it('counts what an insertion makes, the selection replaced', () => {
		expect(lengthAfter('abcdef', { start: 6, end: 6 }, 'xy')).toBe(8);
		expect(lengthAfter('abcdef', { start: 1, end: 4 }, 'xy')).toBe(5);
		expect(lengthAfter('abcdef', { start: 4, end: 1 }, '')).toBe(3);
	});

	it('reads what typing, pasting, dropping and Enter add, and nothing for deleting', () => {
		expect(insertedBy(event('insertText', 'a'))).toBe('a');
		expect(insertedBy(event('insertFromPaste', null, 'pasted words'))).toBe('pasted words');
		expect(insertedBy(event('insertFromDrop', null, 'dropped'))).toBe('dropped');
		expect(insertedBy(event('insertLineBreak'))).toBe('\n');
		expect(insertedBy(event('insertParagraph'))).toBe('\n');
		expect(insertedBy(event('deleteContentBackward'))).toBeNull();
		expect(insertedBy(event('historyUndo'))).toBeNull();
	});

	it('says how much room is left only in the last tenth, never less than none', () => {
		expect(roomToShow(8_999, 10_000)).toBeNull();
		expect(roomToShow(9_000, 10_000)).toBe(1_000);
		expect(roomToShow(10_000, 10_000)).toBe(0);
		expect(roomToShow(10_004, 10_000)).toBe(0);
		expect(roomToShow(59, 60)).toBe(1);
		expect(roomToShow(50, 60)).toBeNull();
	});
});
