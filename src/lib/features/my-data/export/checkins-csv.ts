import { csvRow, utf8Bom } from '$lib/domain/formats/csv-write';
import { isoInZone } from '$lib/domain/formats/zoned-time';
import type { Checkin, ScaleSettings } from '$lib/domain/journey/checkin';
import { sectionText } from '$lib/features/records/section-text';
import { checkinsInOrder, scalesAnswered } from './checkins-in-order';
import { joinNow, joinPaced, type PaceOptions } from './paced';
import { text } from './text';

// Every check-in as a row of a spreadsheet, oldest first: when (ISO 8601 with the person's
// offset at that moment, so a spreadsheet can sort it and a reader sees the local time), one
// column for each scale, the signs ticked, what helped and the note.

export interface CheckinsCsvOptions {
	/** The person's time zone, an IANA name: Intl.DateTimeFormat().resolvedOptions().timeZone. */
	timeZone: string;
	/** Start with a byte order mark, for Excel (csv-write.ts); true unless said otherwise. */
	bom?: boolean;
}

export function* checkinsCsvPieces(
	checkins: readonly Checkin[],
	settings: ScaleSettings,
	{ timeZone, bom = true }: CheckinsCsvOptions
): Generator<string> {
	const t = text.checkins;
	const ordered = checkinsInOrder(checkins);
	const scales = scalesAnswered(settings, ordered);
	if (bom) yield utf8Bom;
	yield csvRow([
		t.when,
		...scales.map((s) => t.scale(s.name, s.goodEnd)),
		t.signs,
		t.helped,
		t.note
	]);
	for (const c of ordered)
		yield csvRow([
			isoInZone(c.at, timeZone),
			...scales.map((s) => c.scores[s.id]),
			c.ticked.map((tick) => t.sign(sectionText[tick.stage].title, tick.text)).join(t.signsBetween),
			c.helped,
			c.note
		]);
}

/** The CSV file's text. */
export function checkinsCsv(
	checkins: readonly Checkin[],
	settings: ScaleSettings,
	options: CheckinsCsvOptions
): string {
	return joinNow(checkinsCsvPieces(checkins, settings, options));
}

/** The same text, made a slice at a time so the page stays responsive (paced.ts). */
export function checkinsCsvPaced(
	checkins: readonly Checkin[],
	settings: ScaleSettings,
	options: CheckinsCsvOptions & PaceOptions
): Promise<string> {
	return joinPaced(checkinsCsvPieces(checkins, settings, options), options);
}
