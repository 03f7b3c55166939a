import { mdHeading, mdStrong } from '$lib/domain/formats/markdown-write';
import { zonedDay } from '$lib/domain/formats/zoned-time';
import {
	isWritten,
	type FieldShape,
	type ListItem,
	type PartsItem
} from '$lib/domain/plan/plan-fields';
import { planSections } from '$lib/domain/plan/plan-sections';
import type { UnmetNeeds } from '$lib/domain/journey/unmet-needs';
import type { PlanRecords } from '$lib/features/records/plan-records';
import { sectionText, type FieldText } from '$lib/features/records/section-text';
import {
	block,
	bullets,
	facts,
	itemParts,
	itemText,
	labelledLine,
	labelledText
} from './markdown-blocks';
import { text } from './text';
import type { ZonedDates } from './zoned-dates';

// The plan in the Markdown export: every section with something written, field by field under
// the labels the person wrote them under (section-text.ts), as the printed plan and a shared
// summary show it. Empty fields and blank items are left out.

function field(shape: FieldShape, value: unknown, words: FieldText, dates: ZonedDates): string {
	if (shape.type === 'list')
		return (
			block(mdStrong(words.label)) +
			bullets(
				(value as ListItem[]).filter((item) => item.text.trim()).map((item) => itemText(item.text))
			)
		);
	if (shape.type === 'items') {
		const parts = Object.keys(shape.parts);
		const items = (value as PartsItem[])
			.map((item) =>
				parts
					.filter((part) => item[part]?.trim())
					.map((part): [string, string] => [words.parts?.[part] ?? part, item[part]])
			)
			.filter((item) => item.length > 0);
		return block(mdStrong(words.label)) + bullets(items.map(itemParts));
	}
	if (shape.type === 'date') return labelledLine(words.label, dates.calendarDay(value as string));
	if (shape.type === 'text') return labelledText(words.label, value as string);
	return labelledLine(words.label, value as string);
}

export function hasPlan(plan: PlanRecords | undefined): boolean {
	return planSections.some((section) => {
		const data = plan?.get(section.id)?.data;
		return (
			data && Object.entries(section.fields).some(([key, shape]) => isWritten(shape, data[key]))
		);
	});
}

export function* planMarkdown(plan: PlanRecords, dates: ZonedDates): Generator<string> {
	for (const section of planSections) {
		const record = plan.get(section.id);
		if (!record) continue;
		const words = sectionText[section.id];
		const out: string[] = [];
		// A heading within a section (the crisis plan's) stands before the fields it names up to the
		// next one, and only when one of them is written.
		let heading: string | null = null;
		for (const [key, shape] of Object.entries(section.fields)) {
			if (words.headings?.[key]) heading = words.headings[key];
			const value = record.data[key];
			if (!isWritten(shape, value)) continue;
			if (heading) out.push(block(mdHeading(4, heading)));
			heading = null;
			out.push(field(shape, value, words.fields[key] ?? { label: key }, dates));
		}
		if (!out.length) continue;
		const changed = dates.calendarDay(zonedDay(dates.zoned(record.updatedAt)));
		yield block(mdHeading(3, words.title)) + facts([text.plan.lastChanged(changed)]) + out.join('');
	}
}

export function hasNeeds(needs: UnmetNeeds | null | undefined): boolean {
	return Boolean(needs?.needs.some((need) => need.text.trim()));
}

export function* needsMarkdown(needs: UnmetNeeds): Generator<string> {
	yield bullets(needs.needs.filter((need) => need.text.trim()).map((need) => itemText(need.text)));
}
