import { mdHeading, mdInline, mdStrong } from '$lib/domain/formats/markdown-write';
import type { Checkin, ScaleSettings } from '$lib/domain/journey/checkin';
import { sectionText } from '$lib/features/records/section-text';
import { checkinsInOrder, scalesAnswered } from './checkins-in-order';
import { block, bullets, itemText } from './markdown-blocks';
import { text } from './text';
import type { ZonedDates } from './zoned-dates';

// Check-ins in the Markdown export: how each scale reads, then a heading for each month (in the
// person's time zone) and a line for each check-in in it, oldest first: when, the answers by
// scale name, the signs ticked, what helped and the note.

export function* checkinsMarkdown(
	checkins: readonly Checkin[],
	settings: ScaleSettings,
	dates: ZonedDates
): Generator<string> {
	const t = text.checkins;
	const ordered = checkinsInOrder(checkins);
	const scales = scalesAnswered(settings, ordered);
	const between = text.document.facts;
	yield (
		block(mdStrong(t.scalesRead)) +
		bullets(scales.map((s) => mdInline(t.scaleRead(s.name, s.goodEnd))))
	);
	let month = '';
	for (const c of ordered) {
		const at = dates.zoned(c.at);
		const key = `${at.year}-${String(at.month).padStart(2, '0')}`;
		if (key !== month) {
			// The blank line ends the last month's list before the next heading.
			yield `${month ? '\n' : ''}${block(mdHeading(3, dates.month(key)))}`;
			month = key;
		}
		const { day, clock } = dates.dayAndClock(at);
		const line = [mdInline(t.at(day, clock))];
		const scores = scales
			.filter((s) => c.scores[s.id] !== undefined)
			.map((s) => t.score(s.name, c.scores[s.id]));
		if (scores.length) line.push(mdInline(scores.join(t.scoresBetween)));
		if (c.ticked.length)
			line.push(
				itemText(
					text.document.labelled(
						t.signs,
						c.ticked
							.map((tick) => t.signAfter(sectionText[tick.stage].title, tick.text))
							.join(t.signsBetween)
					)
				)
			);
		if (c.helped.trim()) line.push(itemText(text.document.labelled(t.helped, c.helped)));
		if (c.note.trim()) line.push(itemText(text.document.labelled(t.note, c.note)));
		yield `- ${line.join(between)}\n`;
	}
	if (month) yield '\n';
}
