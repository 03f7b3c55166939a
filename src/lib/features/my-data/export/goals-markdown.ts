import { mdHeading, mdStrong } from '$lib/domain/formats/markdown-write';
import { stepsDone } from '$lib/domain/journey/goal';
import { inJourneyOrder, summariseJourney } from '$lib/domain/journey/goal-journey';
import type { GoalWithJourney } from '$lib/features/records/goal-store';
import { goalsInOrder } from './goals-in-order';
import { block, bullets, facts, itemParts, itemText, labelledText } from './markdown-blocks';
import { text } from './text';
import type { ZonedDates } from './zoned-dates';

// Goals in the Markdown export: each with where it stands, its steps, the support I'd like, the
// risks I'm taking, and every progress update and setback in the order they happened. A
// setback sits beside the progress, never in place of it.

const written = <T>(items: readonly T[], words: (item: T) => string) =>
	items.filter((item) => words(item).trim() !== '');

export function* goalsMarkdown(
	goals: readonly GoalWithJourney[],
	dates: ZonedDates
): Generator<string> {
	const t = text.goals;
	for (const { goal, journey } of goalsInOrder(goals)) {
		const g = goal.data;
		const sum = summariseJourney(journey);
		const steps = stepsDone(g);
		const out = [
			block(mdHeading(3, g.title.trim() || t.untitled)),
			facts(
				[
					t.status[g.status],
					sum.current === null ? t.noProgress : t.progress(sum.current, sum.furthest!),
					steps.steps ? t.stepsDone(steps.done, steps.steps) : '',
					g.targetDate ? t.target(dates.calendarDay(g.targetDate)) : ''
				].filter(Boolean)
			)
		];
		if (g.why.trim()) out.push(labelledText(t.why, g.why));
		const stepItems = written(g.steps, (s) => s.text);
		if (stepItems.length)
			out.push(
				block(mdStrong(t.steps)),
				bullets(stepItems.map((s) => `[${s.done ? 'x' : ' '}] ${itemText(s.text)}`))
			);
		const support = written(g.support, (s) => s.what + s.who);
		if (support.length)
			out.push(
				block(mdStrong(t.support)),
				bullets(support.map((s) => t.supportFrom(itemText(s.what), itemText(s.who))))
			);
		const risks = written(g.risks, (r) => r.risk + r.plan);
		if (risks.length)
			out.push(
				block(mdStrong(t.risks)),
				bullets(
					risks.map((r) =>
						itemParts(
							(
								[
									[t.risk, r.risk],
									[t.riskPlan, r.plan]
								] as [string, string][]
							).filter(([, words]) => words.trim())
						)
					)
				)
			);
		const entries = inJourneyOrder(journey);
		if (entries.length)
			out.push(
				block(mdStrong(t.journey)),
				bullets(
					entries.map((e) => {
						const day = dates.calendarDay(e.on);
						if (e.type === 'progress')
							return [itemText(t.progressOn(day, e.scale)), itemText(e.note)]
								.filter(Boolean)
								.join('  \n  ');
						const c = text.goals.columns;
						const parts = (
							[
								[c.happened, e.happened],
								[c.helped, e.helped],
								[c.gotInWay, e.gotInWay],
								[c.learnt, e.learnt]
							] as [string, string][]
						).filter(([, words]) => words.trim());
						return [itemText(t.setbackOn(day)), itemParts(parts)].filter(Boolean).join('  \n  ');
					})
				)
			);
		yield out.join('');
	}
}
