import {
	isWritten,
	type Fields,
	type ListItem,
	type PartsItem
} from '$lib/domain/plan/plan-fields';
import type { PlanSection } from '$lib/domain/plan/plan-sections';
import type { SummaryBlock, SummarySection } from '$lib/share/summary';
import { formatCalendarDay } from '$lib/ui/format-date';
import { sectionText } from '$lib/features/records/section-text';

// A plan section as a shared summary shows it: what is written, field by field, under the same
// labels the person wrote it under. Empty fields and empty items are left out.

export function fieldBlocks(
	fields: Fields,
	data: Record<string, unknown>,
	words: { fields: Record<string, { label: string; parts?: Record<string, string> }> }
): SummaryBlock[] {
	const blocks: SummaryBlock[] = [];
	for (const [key, shape] of Object.entries(fields)) {
		const value = data[key];
		if (!isWritten(shape, value)) continue;
		const fieldWords = words.fields[key] ?? { label: key };
		blocks.push({ k: 'h', t: fieldWords.label });
		if (shape.type === 'list') {
			blocks.push({
				k: 'ul',
				i: (value as ListItem[]).map((item) => item.text.trim()).filter(Boolean)
			});
		} else if (shape.type === 'items') {
			const items = (value as PartsItem[])
				.map((item) =>
					Object.keys(shape.parts)
						.filter((part) => item[part]?.trim())
						.map((part): [string, string] => [fieldWords.parts?.[part] ?? part, item[part].trim()])
				)
				.filter((parts) => parts.length > 0);
			blocks.push({ k: 'parts', i: items });
		} else if (shape.type === 'date') {
			blocks.push({ k: 'p', t: formatCalendarDay(value as string) });
		} else {
			blocks.push({ k: 'p', t: (value as string).trim() });
		}
	}
	return blocks;
}

/** A plan section's summary, or null when nothing in it is written. */
export function planSectionSummary(
	section: PlanSection,
	data: Record<string, unknown> | undefined
): SummarySection | null {
	if (!data) return null;
	const words = sectionText[section.id];
	const b = fieldBlocks(section.fields, data, words);
	return b.length ? { id: section.id, title: words.title, b } : null;
}
