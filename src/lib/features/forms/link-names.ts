import { goalKind } from '$lib/domain/journey/goal';
import type { JournalLink } from '$lib/domain/journal/journal-link';
import { findSection } from '$lib/domain/plan/plan-sections';
import { sectionText } from '$lib/features/records/section-text';
import { vault } from '$lib/vault';
import { text } from './text';

// What a link points at, in words, and where it opens. Goals are read once per screen.

export interface LinkTargets {
	goals: { id: string; title: string }[];
}

export async function loadLinkTargets(): Promise<LinkTargets> {
	const goals = await vault.records.list(goalKind);
	return { goals: goals.map((g) => ({ id: g.id, title: g.data.title || text.untitledGoal })) };
}

export const planChoices = () =>
	Object.entries(sectionText).map(([id, words]) => ({ id, title: words.title }));

/** The name of what a link points at, or null if it is gone (a deleted goal). */
export function linkName(link: JournalLink, targets: LinkTargets): string | null {
	if (link.to === 'goal') return targets.goals.find((g) => g.id === link.id)?.title ?? null;
	if (link.to === 'plan') {
		const section = findSection(link.id);
		return section ? sectionText[section.id].title : null;
	}
	return text.links.entry;
}

/** "About: Get back to swimming, My triggers", or '' when there is nothing to say. */
export function describeLinks(links: JournalLink[], targets: LinkTargets): string {
	const names = links.map((l) => linkName(l, targets)).filter((n): n is string => n !== null);
	return names.length ? `${text.links.about}: ${names.join(', ')}` : '';
}
