import type { Checkin, Scale } from '$lib/domain/journey/checkin';
import {
	byMonth,
	byWeek,
	dailySeries,
	summarise,
	type DayPoint
} from '$lib/domain/journey/checkin-series';
import { addDays, dayOf } from '$lib/domain/journey/days';
import { goalStatuses, stepsDone, type Goal } from '$lib/domain/journey/goal';
import {
	inJourneyOrder,
	summariseJourney,
	type JourneyEntry
} from '$lib/domain/journey/goal-journey';
import { bySessionDate, type SessionNote } from '$lib/domain/journey/session-note';
import type { Saved } from '$lib/domain/record-kind';
import type { SummaryBlock } from '$lib/share/summary';
import { formatCalendarDay, formatMonth } from '$lib/ui/format-date';
import { scaleText } from '$lib/features/records/scale-text';
import { sectionText } from '$lib/features/records/section-text';
import { text } from './text';

// The journey's parts of a summary, for a period from a given day to today: goals with their
// progress and setbacks, check-in trends, what was agreed at sessions. Facts, in the person's words.

const day = (d: string) => formatCalendarDay(d, 'medium');
/** A table is for reading at a glance: the latest rows of a long period are enough. */
const maxRows = 26;

export function goalBlocks(
	goals: { goal: Saved<Goal>; journey: JourneyEntry[] }[],
	from: string
): SummaryBlock[] {
	const t = text.goal;
	const ordered = goals.toSorted(
		(a, b) => goalStatuses.indexOf(a.goal.data.status) - goalStatuses.indexOf(b.goal.data.status)
	);
	const blocks: SummaryBlock[] = [];
	for (const { goal, journey } of ordered) {
		const g = goal.data;
		if (!g.title.trim()) continue;
		const sum = summariseJourney(journey);
		const steps = stepsDone(g);
		const facts = [
			t.status[g.status],
			sum.current === null ? t.noProgress : t.progress(sum.current, sum.furthest ?? sum.current),
			steps.steps ? t.steps(steps.done, steps.steps) : '',
			g.targetDate ? t.target(day(g.targetDate)) : ''
		].filter(Boolean);
		blocks.push({ k: 'h', t: g.title.trim() }, { k: 'note', t: facts.join(' · ') });
		if (g.why.trim()) blocks.push({ k: 'parts', i: [[[t.why, g.why.trim()]]] });
		const stepItems = g.steps.filter((s) => s.text.trim());
		if (stepItems.length)
			blocks.push({
				k: 'ul',
				i: stepItems.map((s) => (s.done ? t.stepDone(s.text.trim()) : s.text.trim()))
			});
		const inPeriod = inJourneyOrder(journey).filter((e) => e.on >= from);
		const progress = inPeriod.filter((e) => e.type === 'progress');
		const setbacks = inPeriod.filter((e) => e.type === 'setback');
		if (!inPeriod.length) blocks.push({ k: 'note', t: t.nothingInPeriod });
		if (progress.length)
			blocks.push({
				k: 'table',
				cap: t.table(g.title.trim()),
				c: [...t.columns],
				r: progress.slice(-maxRows).map((p) => [day(p.on), String(p.scale), p.note.trim()])
			});
		if (setbacks.length)
			blocks.push({
				k: 'parts',
				i: setbacks.map((s) =>
					(
						[
							[t.setback, day(s.on)],
							[t.happened, s.happened],
							[t.helped, s.helped],
							[t.gotInWay, s.gotInWay],
							[t.learnt, s.learnt]
						] as [string, string][]
					)
						.map(([label, value]): [string, string] => [label, value.trim()])
						.filter(([, value]) => value)
				)
			});
	}
	return blocks;
}

export function checkinBlocks(
	checkins: Checkin[],
	scales: Scale[],
	from: string,
	today: string
): SummaryBlock[] {
	const t = text.checkins;
	const inPeriod = checkins.filter((c) => dayOf(new Date(c.at)) >= from);
	if (!inPeriod.length) return [{ k: 'note', t: t.none }];
	const blocks: SummaryBlock[] = [
		{ k: 'note', t: t.count(inPeriod.length, day(from), day(today)) }
	];
	const series = dailySeries(
		inPeriod,
		scales.map((s) => s.id),
		from
	);
	const sentences = series.map(({ points }, n) => {
		const s = summarise(points);
		const at = (p: DayPoint) => scaleText.point(p.value, day(p.day));
		return s
			? scaleText.summary(
					scales[n],
					s,
					at(s.lowest),
					at(s.highest),
					scaleText.between(day(from), day(today))
				)
			: scaleText.noAnswers(scales[n].name);
	});
	blocks.push({ k: 'ul', i: sentences });
	// Week by week for up to four months, month by month beyond.
	const weekly = from >= addDays(today, -122);
	const rows = new Map<string, string[]>();
	series.forEach(({ points }, n) => {
		for (const p of weekly ? byWeek(points) : byMonth(points)) {
			const row = rows.get(p.day) ?? scales.map(() => '');
			row[n] = String(p.value);
			rows.set(p.day, row);
		}
	});
	if (rows.size)
		blocks.push({
			k: 'table',
			cap: weekly ? t.tableByWeek : t.tableByMonth,
			c: [weekly ? t.weekOf : t.month, ...scales.map((s) => s.name)],
			r: [...rows]
				.sort(([a], [b]) => (a < b ? 1 : -1))
				.slice(0, maxRows)
				.map(([key, values]) => [weekly ? day(key) : formatMonth(key), ...values])
		});
	const signs = new Map<string, { text: string; stage: string; times: number }>();
	for (const c of inPeriod)
		for (const tick of c.ticked) {
			const key = `${tick.stage}:${tick.text}`;
			const seen = signs.get(key) ?? { text: tick.text, stage: tick.stage, times: 0 };
			seen.times++;
			signs.set(key, seen);
		}
	if (signs.size)
		blocks.push(
			{ k: 'h', t: t.signs },
			{
				k: 'ul',
				i: [...signs.values()]
					.sort((a, b) => b.times - a.times)
					.map((s) =>
						t.sign(s.text, s.times, sectionText[s.stage as keyof typeof sectionText].title)
					)
			}
		);
	return blocks;
}

export function agreementBlocks(
	notes: (Saved<SessionNote> & { createdAt: string })[],
	from: string
): SummaryBlock[] {
	const t = text.agreements;
	const agreed = bySessionDate(notes).filter((n) => n.data.date >= from && n.data.agreed.trim());
	if (!agreed.length) return [{ k: 'note', t: t.none }];
	return [
		{
			k: 'parts',
			i: agreed.map((n) => [
				[t.session, t.on(day(n.data.date), n.data.who.trim())],
				[t.agreed, n.data.agreed.trim()]
			])
		}
	];
}
