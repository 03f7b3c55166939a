import { addDays, addMonths } from '$lib/domain/journey/days';
import { findSection, planSections, type PlanSectionId } from '$lib/domain/plan/plan-sections';
import { fitSummary, summaryVersion, type Summary, type SummarySection } from '$lib/share/summary';
import { expiryFrom } from '$lib/share/share-dates';
import { sectionText } from '$lib/features/records/section-text';
import { isWritten, journalSections } from './journal-blocks';
import { agreementBlocks, checkinBlocks, goalBlocks } from './journey-blocks';
import { planChangeBlocks } from './plan-changes';
import { planSectionSummary } from './plan-blocks';
import type { ShareSources } from './share-sources';
import { text } from './text';

// What a person can put in a summary, each choice making one or more sections from what they have
// written. A new part of the journal joins the summary by adding a choice here.

export type ChoiceGroup = 'review' | 'plan' | 'wrap' | 'journey';

export interface ShareChoice {
	id: string;
	group: ChoiceGroup;
	title: string;
	sections(
		sources: ShareSources,
		from: string,
		extra: BuildExtra,
		entries: ReadonlySet<string>
	): SummarySection[];
	/** Whether there is anything to pick, where that differs from having sections to make. */
	has?(sources: ShareSources): boolean;
}

/** What the flow adds beyond the journal: plan histories for a review. */
export interface BuildExtra {
	planHistories?: Parameters<typeof planChangeBlocks>[0];
}

const planChoice = (id: PlanSectionId, group: ChoiceGroup): ShareChoice => ({
	id,
	group,
	title: sectionText[id].title,
	sections: (sources) => {
		const section = planSectionSummary(findSection(id)!, sources.plan.get(id)?.data);
		return section ? [section] : [];
	}
});

const journeyChoice = (
	id: string,
	title: string,
	blocks: (sources: ShareSources, from: string) => SummarySection['b']
): ShareChoice => ({
	id,
	group: 'journey',
	title,
	sections: (sources, from) => {
		const b = blocks(sources, from);
		return b.length ? [{ id, title, b }] : [];
	}
});

const s = text.sections;

export const shareChoices: ShareChoice[] = [
	{
		id: 'plan-changes',
		group: 'review',
		title: s.planChanges,
		sections: (sources, from, extra) =>
			extra.planHistories
				? [
						{
							id: 'plan-changes',
							title: s.planChanges,
							b: planChangeBlocks(extra.planHistories, from)
						}
					]
				: []
	},
	planChoice('about-me', 'plan'),
	planChoice('strengths', 'plan'),
	...planSections
		.filter((p) => p.group === 'wrap' && p.id !== 'crisis-plan')
		.map((p) => planChoice(p.id, 'wrap')),
	planChoice('crisis-plan', 'plan'),
	planChoice('advance-statement', 'plan'),
	{
		id: 'support',
		group: 'plan',
		title: s.support,
		sections: (sources) =>
			(['my-worker', 'crisis-numbers', 'involved'] as const)
				.map((id) => planSectionSummary(findSection(id)!, sources.plan.get(id)?.data))
				.filter((x) => x !== null)
	},
	journeyChoice('goals', s.goals, (src, from) => goalBlocks(src.goals, from)),
	journeyChoice('checkins', s.checkins, (src, from) =>
		src.checkins.length ? checkinBlocks(src.checkins, src.scales, from, src.today) : []
	),
	journeyChoice('agreements', s.agreements, (src, from) =>
		src.sessions.length ? agreementBlocks(src.sessions, from) : []
	),
	journeyChoice('unmet-needs', s.unmetNeeds, (src) => {
		const needs = (src.unmetNeeds?.needs ?? []).map((n) => n.text.trim()).filter(Boolean);
		return needs.length ? [{ k: 'ul', i: needs }] : [];
	}),
	{
		id: 'journal',
		group: 'journey',
		title: text.journal.choice,
		sections: (sources, _from, _extra, entries) => journalSections(sources.entries, entries),
		// Nothing is in it until entries are picked, but there is something to pick.
		has: (sources) => sources.entries.some(isWritten)
	}
];

/** The order sections appear in: what I want to talk about first, then as the journal holds them. */
const order: ChoiceGroup[] = ['review', 'journey', 'plan', 'wrap'];

export const periodChoices = ['review', '2w', '1m', '3m', '6m', '1y'] as const;
export type Period = (typeof periodChoices)[number];

/** The first day a period covers, ending today. */
export function periodStart(period: Period, today: string, lastReview: string | null): string {
	switch (period) {
		case 'review':
			return lastReview ?? addMonths(today, -3);
		case '2w':
			return addDays(today, -13);
		case '1m':
			return addMonths(today, -1);
		case '3m':
			return addMonths(today, -3);
		case '6m':
			return addMonths(today, -6);
		case '1y':
			return addMonths(today, -12);
	}
}

export interface SummaryRequest {
	kind: Summary['kind'];
	picked: ReadonlySet<string>;
	/** The journal entries picked, by id: only these go in, and only with 'journal' picked. */
	entries?: ReadonlySet<string>;
	from: string;
	talkAbout: string;
	created: number;
	expiryDays: number;
}

export function buildSummary(
	sources: ShareSources,
	request: SummaryRequest,
	extra: BuildExtra = {}
): Summary {
	const sections: SummarySection[] = [];
	if (request.talkAbout.trim())
		sections.push({
			id: 'talk-about',
			title: s.talkAbout,
			b: [{ k: 'p', t: request.talkAbout.trim() }]
		});
	for (const group of order)
		for (const choice of shareChoices)
			if (choice.group === group && request.picked.has(choice.id))
				sections.push(
					...choice.sections(sources, request.from, extra, request.entries ?? new Set())
				);
	return fitSummary({
		v: summaryVersion,
		kind: request.kind,
		name: sources.name,
		created: request.created,
		expires: expiryFrom(request.created, request.expiryDays),
		// "Since my last review" only when there was one; otherwise the period speaks for itself.
		...(request.kind === 'review' && sources.lastReview ? { since: request.from } : {}),
		s: sections
	});
}

/** Whether a choice has anything written to share, for its checkbox. */
export function hasContent(
	choice: ShareChoice,
	sources: ShareSources,
	from: string,
	extra: BuildExtra
) {
	return choice.has
		? choice.has(sources)
		: choice.sections(sources, from, extra, new Set()).length > 0;
}
