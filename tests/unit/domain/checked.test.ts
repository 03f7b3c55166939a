import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { checked, InvalidDataError } from '$lib/domain/checked';

describe('checked data', () => {
	it('returns the parsed value when it matches', () => {
		const schema = v.object({ title: v.optional(v.string(), 'Untitled') });
		expect(checked(schema, {}, 'A note')).toEqual({ title: 'Untitled' });
	});

	it('says where and what was expected, never the value it was given', () => {
		// Valibot's own message would read: Expected "calm" | "low" but received "I felt…".
		const schema = v.object({ title: v.string(), feeling: v.picklist(['calm', 'low']) });
		const entry = { title: 'Tuesday', feeling: 'I felt like giving up on Tuesday' };
		let thrown: unknown;
		try {
			checked(schema, entry, 'A journal-entry record');
		} catch (error) {
			thrown = error;
		}
		expect(thrown).toBeInstanceOf(InvalidDataError);
		const error = thrown as InvalidDataError;
		expect(error.message).toMatch(/^A journal-entry record did not match its schema: /);
		expect(error.message).toContain('feeling: picklist, expected ("calm" | "low")');
		expect(`${error.message} ${error.stack} ${JSON.stringify(error)}`).not.toContain('Tuesday');
		expect(Object.values(error)).not.toContain(entry);
	});
});
