import * as v from 'valibot';

// A link from something in the journal (an entry, a voice note) to what it is about: a goal, a
// section of the plan, or, for a voice note, an entry. Links name their target by id only, so a
// renamed goal stays linked, and a deleted one is simply no longer shown.

export const linkTargets = ['goal', 'plan', 'entry'] as const;
export type LinkTarget = (typeof linkTargets)[number];

export const linkSchema = v.object({
	to: v.picklist(linkTargets),
	id: v.pipe(v.string(), v.minLength(1), v.maxLength(64))
});

export type JournalLink = v.InferOutput<typeof linkSchema>;

export const maxLinks = 100;

export const linksSchema = v.optional(v.pipe(v.array(linkSchema), v.maxLength(maxLinks)), []);

export function sameLink(a: JournalLink, b: JournalLink): boolean {
	return a.to === b.to && a.id === b.id;
}

export function hasLink(links: readonly JournalLink[], link: JournalLink): boolean {
	return links.some((l) => sameLink(l, link));
}

/** The links with `link` added, or taken away if it was there. */
export function toggleLink(links: readonly JournalLink[], link: JournalLink): JournalLink[] {
	return hasLink(links, link) ? links.filter((l) => !sameLink(l, link)) : [...links, link];
}
