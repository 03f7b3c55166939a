import { dayOf } from '$lib/domain/journey/days';
import type { Fields, ListItem, PartsItem } from '$lib/domain/plan/plan-fields';
import type { PlanSection } from '$lib/domain/plan/plan-sections';
import type { Saved } from '$lib/domain/record-kind';
import type { SummaryBlock } from '$lib/share/summary';
import { formatCalendarDay } from '$lib/ui/format-date';
import { sectionText } from '$lib/features/records/section-text';
import { text } from './text';

// "What changed in my plan since my last review", from the versions the vault keeps: each
// section as it is now, against the version that stood on the day of the review.

type Data = Record<string, unknown>;
const t = text.planChanges;

function itemWords(shape: Fields[string], item: ListItem | PartsItem): string {
	if (shape.type === 'list') return (item as ListItem).text.trim();
	return Object.entries(item)
		.filter(([key, value]) => key !== 'id' && value.trim())
		.map(([, value]) => value.trim())
		.join(', ');
}

/** What differs between two versions of a section, one line per change, in the section's words. */
export function fieldChanges(
	fields: Fields,
	labels: Record<string, { label: string }>,
	before: Data,
	now: Data
) {
	const changes: string[] = [];
	for (const [key, shape] of Object.entries(fields)) {
		const label = labels[key]?.label ?? key;
		if (shape.type === 'list' || shape.type === 'items') {
			const was = new Map(
				((before[key] ?? []) as (ListItem | PartsItem)[]).map((i) => [i.id, itemWords(shape, i)])
			);
			const is = new Map(
				((now[key] ?? []) as (ListItem | PartsItem)[]).map((i) => [i.id, itemWords(shape, i)])
			);
			for (const [id, words] of is) {
				if (!words || was.get(id) === words) continue;
				changes.push(`${was.get(id) ? t.rewritten : t.added} (${label}): ${words}`);
			}
			for (const [id, words] of was)
				if (words && !is.get(id)) changes.push(`${t.removed} (${label}): ${words}`);
		} else {
			const was = String(before[key] ?? '').trim();
			const is = String(now[key] ?? '').trim();
			if (was === is) continue;
			const shown = shape.type === 'date' && is ? formatCalendarDay(is) : is;
			changes.push(
				is ? `${was ? t.rewritten : t.added} (${label}): ${shown}` : `${t.removed} (${label})`
			);
		}
	}
	return changes;
}

/**
 * The plan's changes since a day, newest version of each section against the one that stood at
 * the end of that day. `history` is each section's versions, newest first, as the vault lists them.
 */
export function planChangeBlocks(
	sections: { section: PlanSection; history: Saved<Data>[] }[],
	since: string
): SummaryBlock[] {
	const blocks: SummaryBlock[] = [];
	for (const { section, history } of sections) {
		const [current] = history;
		if (!current || dayOf(new Date(current.updatedAt)) <= since) continue;
		const baseline = history.find((v) => dayOf(new Date(v.updatedAt)) <= since);
		const words = sectionText[section.id];
		const changes = fieldChanges(section.fields, words.fields, baseline?.data ?? {}, current.data);
		if (!changes.length) continue;
		blocks.push(
			{
				k: 'h',
				t: t.changed(words.title, formatCalendarDay(dayOf(new Date(current.updatedAt)), 'medium'))
			},
			...(baseline ? [] : [{ k: 'note' as const, t: t.newSection }]),
			{ k: 'ul', i: changes }
		);
	}
	const on = formatCalendarDay(since, 'medium');
	return blocks.length ? [{ k: 'note', t: t.lead(on) }, ...blocks] : [{ k: 'note', t: t.none(on) }];
}
