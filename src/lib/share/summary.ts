import * as v from 'valibot';
import { daySchema } from '$lib/domain/journey/days';

// A shared summary is a small document, not a copy of the journal: each section is a title and a
// few blocks of words, already laid out by the app that made it. The worker's view renders blocks
// and nothing else, so the preview and the view cannot differ, and a section added later needs no
// change to any viewer that knows the blocks. Keys are short because they travel in the link.

/** Raised only when a viewer could no longer read what a newer app writes. */
export const summaryVersion = 1;

export const summaryLimits = {
	text: 50_000,
	line: 500,
	items: 500,
	blocks: 400,
	sections: 40,
	/** A day or month, then up to 20 check-in scales. */
	columns: 21
} as const;

const line = v.pipe(v.string(), v.maxLength(summaryLimits.line));
const text = v.pipe(v.string(), v.maxLength(summaryLimits.text));
const many = <T extends v.GenericSchema>(item: T, max: number = summaryLimits.items) =>
	v.pipe(v.array(item), v.maxLength(max));

const blockSchema = v.variant('k', [
	/** A small heading inside a section: a field's label, a goal's title. */
	v.strictObject({ k: v.literal('h'), t: line }),
	/** Words as written, line breaks kept. */
	v.strictObject({ k: v.literal('p'), t: text }),
	/** A muted line of fact: a date, a count, "no entries in this period". */
	v.strictObject({ k: v.literal('note'), t: text }),
	v.strictObject({ k: v.literal('ul'), i: many(text) }),
	/** Items in parts, each part with its label: a supporter's name, role and phone. */
	v.strictObject({ k: v.literal('parts'), i: many(many(v.tuple([line, text]), 12)) }),
	v.strictObject({
		k: v.literal('table'),
		/** Says what the table holds, for screen readers and print. */
		cap: line,
		c: many(line, summaryLimits.columns),
		r: many(many(text, summaryLimits.columns))
	})
]);

export const summarySectionSchema = v.strictObject({
	/** Which kind of section, as the app that made it names it: for tests and print breaks. */
	id: v.pipe(v.string(), v.maxLength(64)),
	title: line,
	b: many(blockSchema, summaryLimits.blocks)
});

/** The latest moment a Date can hold: anything past it could not be shown as a date. */
const moment = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));

export const summarySchema = v.strictObject({
	v: v.literal(summaryVersion),
	/** 'summary' or 'review': a review preparation says so at the top. */
	kind: v.picklist(['summary', 'review']),
	/** What the person likes to be called; may be empty. */
	name: line,
	/** Milliseconds since 1970, UTC. */
	created: moment,
	expires: moment,
	/** For a review preparation: the day of the last review, the period it covers. */
	since: v.optional(daySchema),
	s: many(summarySectionSchema, summaryLimits.sections)
});

export type Summary = v.InferOutput<typeof summarySchema>;
export type SummarySection = v.InferOutput<typeof summarySectionSchema>;
export type SummaryBlock = SummarySection['b'][number];

/** Just the version number, read before the rest, so a newer summary gets its own message. */
export function versionOf(value: unknown): unknown {
	return typeof value === 'object' && value !== null ? (value as { v?: unknown }).v : undefined;
}

const clip = (text: string, max: number) =>
	text.length > max ? `${text.slice(0, max - 1)}…` : text;
const clipAll = (items: string[], max: number) =>
	items.slice(0, summaryLimits.items).map((t) => clip(t, max));

/**
 * A summary cut to the limits a viewer accepts, so the person's longest words never stop a link
 * being made: a 500-character goal title inside a table's caption, say. Real summaries are far
 * inside them; this is the rare edge, marked with an ellipsis.
 */
export function fitSummary(summary: Summary): Summary {
	const { line, text, blocks, sections, columns } = summaryLimits;
	const fit = (block: SummaryBlock): SummaryBlock => {
		switch (block.k) {
			case 'h':
				return { k: 'h', t: clip(block.t, line) };
			case 'p':
			case 'note':
				return { k: block.k, t: clip(block.t, text) };
			case 'ul':
				return { k: 'ul', i: clipAll(block.i, text) };
			case 'parts':
				return {
					k: 'parts',
					i: block.i
						.slice(0, summaryLimits.items)
						.map((item) =>
							item
								.slice(0, 12)
								.map(([label, value]): [string, string] => [clip(label, line), clip(value, text)])
						)
				};
			case 'table':
				return {
					k: 'table',
					cap: clip(block.cap, line),
					c: clipAll(block.c.slice(0, columns), line),
					r: block.r
						.slice(0, summaryLimits.items)
						.map((row) => clipAll(row.slice(0, columns), text))
				};
		}
	};
	return {
		...summary,
		name: clip(summary.name, line),
		s: summary.s.slice(0, sections).map((section) => ({
			...section,
			title: clip(section.title, line),
			b: section.b.slice(0, blocks).map(fit)
		}))
	};
}
