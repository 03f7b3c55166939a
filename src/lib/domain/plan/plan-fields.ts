import * as v from 'valibot';
import { textLimits } from '$lib/domain/text-limits';

// The shapes a plan section's fields take. Each section (plan-sections.ts) is declared once as
// a set of these, and its schema, its empty value and how much of it is written all follow, so
// the editor, the vault, backups and share links agree on one definition.

export const planLimits = {
	text: textLimits.text,
	line: textLimits.line,
	item: textLimits.item,
	items: 500
} as const;

/** A part of a structured item: one line (a name), a phone number, or a few lines. */
export type PartShape = 'line' | 'tel' | 'text';

export type FieldShape =
	/** Free writing that grows. */
	| { type: 'text' }
	/** A single line: a name, a role, a time. */
	| { type: 'line' }
	/** A phone number, tapped to call. */
	| { type: 'tel' }
	/** A day, stored as YYYY-MM-DD, or empty. */
	| { type: 'date' }
	/** Short items added one by one and put in order. */
	| { type: 'list' }
	/** Items with named parts, like people: name, role, how to reach them. */
	| { type: 'items'; parts: Record<string, PartShape> };

export type Fields = Record<string, FieldShape>;

export type ListItem = { id: string; text: string };
export type PartsItem = { id: string } & Record<string, string>;

type ValueOf<F extends FieldShape> = F extends { type: 'list' }
	? ListItem[]
	: F extends { type: 'items' }
		? PartsItem[]
		: string;

/** What a section with these fields holds. */
export type SectionData<F extends Fields> = { [K in keyof F]: ValueOf<F[K]> };

const itemId = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
const line = v.pipe(v.string(), v.maxLength(planLimits.line));
const text = v.pipe(v.string(), v.maxLength(planLimits.text));
/** A real calendar day: the format alone would let 30 February through. */
function realDay(day: string): boolean {
	const date = new Date(`${day}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
}
const day = v.union([v.literal(''), v.pipe(v.string(), v.isoDate(), v.check(realDay))]);

function partSchema(shape: PartShape) {
	return shape === 'text' ? v.pipe(v.string(), v.maxLength(planLimits.item)) : line;
}

function fieldSchema(shape: FieldShape): v.GenericSchema<unknown, unknown> {
	switch (shape.type) {
		case 'text':
			return v.optional(text, '');
		case 'line':
		case 'tel':
			return v.optional(line, '');
		case 'date':
			return v.optional(day, '');
		case 'list':
			return v.optional(
				v.pipe(
					v.array(v.object({ id: itemId, text: v.pipe(v.string(), v.maxLength(planLimits.item)) })),
					v.maxLength(planLimits.items)
				),
				[]
			);
		case 'items': {
			const parts = Object.fromEntries(
				Object.entries(shape.parts).map(([key, part]) => [key, v.optional(partSchema(part), '')])
			);
			return v.optional(
				v.pipe(v.array(v.object({ id: itemId, ...parts })), v.maxLength(planLimits.items)),
				[]
			);
		}
	}
}

/**
 * The schema of a section's data. Fields missing from a stored version read as empty, so a
 * field added in a later release needs no migration; unknown fields are dropped.
 */
export function sectionSchema<F extends Fields>(
	fields: F
): v.GenericSchema<unknown, SectionData<F>> {
	const entries = Object.entries(fields).map(([key, shape]) => [key, fieldSchema(shape)]);
	return v.object(Object.fromEntries(entries)) as unknown as v.GenericSchema<
		unknown,
		SectionData<F>
	>;
}

/** A section with nothing written yet. */
export function emptySection<F extends Fields>(fields: F): SectionData<F> {
	return v.parse(sectionSchema(fields), {});
}

/** Whether a field holds anything the person wrote (blank items and spaces do not count). */
export function isWritten(shape: FieldShape, value: unknown): boolean {
	if (typeof value === 'string') return value.trim() !== '';
	if (!Array.isArray(value)) return false;
	if (shape.type === 'list') return value.some((item: ListItem) => item.text.trim() !== '');
	return value.some((item: PartsItem) =>
		Object.entries(item).some(([key, part]) => key !== 'id' && part.trim() !== '')
	);
}

/** How many of a section's parts hold something: a fact to show, never a score. */
export function sectionProgress(
	fields: Fields,
	data: Record<string, unknown> | undefined
): { written: number; parts: number } {
	const keys = Object.keys(fields);
	const written = data ? keys.filter((key) => isWritten(fields[key], data[key])).length : 0;
	return { written, parts: keys.length };
}
