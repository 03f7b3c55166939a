import { ImportTimeZoneError } from './errors';
import { zoneOffset } from '$lib/domain/formats/zoned-time';

// Other apps export a calendar day and a clock time with no time zone: what the person saw on
// their phone. They are read in the person's own time zone (an IANA name, such as
// Europe/London), through Intl, which knows each zone's rules for every year.
//
// Daylight saving makes two cases, resolved as RFC 5545 and Temporal's "compatible" do:
// - a time that never happened (the clocks went forward past it, 01:30 on the last Sunday of
//   March in London) is moved forward by the gap, to 02:30 summer time: the same minutes after
//   the last time that did exist;
// - a time that happened twice (the clocks went back over it) is the first of the two.
// Either way the day is marked, so the preview can say how many times were moved.

export interface Instant {
	/** An ISO instant in UTC, as the journal stores every moment. */
	at: string;
	clockChange?: 'gap' | 'overlap';
}

const minute = 60_000;
const day = 86_400_000;
/** Offsets by zone, then by quarter-hour: every zone changes its offset on a quarter-hour. */
const offsets = new Map<string, Map<number, number>>();

/** Whether Intl knows the time zone by this name. */
export function isTimeZone(timeZone: string): boolean {
	try {
		zoneOffset(0, timeZone);
		return true;
	} catch {
		return false;
	}
}

/** The moment a day (YYYY-MM-DD) and time (HH:MM) on the clock are, in a time zone. */
export function localToInstant(dayText: string, time: string, timeZone: string): Instant {
	const [y, mo, d] = dayText.split('-').map(Number);
	const [h, mi] = time.split(':').map(Number);
	const wall = Date.UTC(y, mo - 1, d, h, mi);
	// The zone's offsets at UTC midnights a day either side hold between them every offset the
	// wall time could have. Most days they are the same, and that is the answer: one look-up
	// a day, shared by every row of the days around it.
	const before = offsetAt(timeZone, (Math.floor(wall / day) - 1) * day);
	const after = offsetAt(timeZone, (Math.floor(wall / day) + 2) * day);
	if (before === after) return { at: iso(wall - before * minute) };
	const fits = (offset: number) => offsetAt(timeZone, wall - offset * minute) === offset;
	const first = fits(before);
	const second = fits(after);
	if (first && second) {
		// Twice on the clock: the earlier instant is the one with the larger offset.
		return { at: iso(wall - Math.max(before, after) * minute), clockChange: 'overlap' };
	}
	if (first) return { at: iso(wall - before * minute) };
	if (second) return { at: iso(wall - after * minute) };
	// Never on the clock: read with the offset from before the change, which lands after it.
	return { at: iso(wall - before * minute), clockChange: 'gap' };
}

/**
 * When a row happened: its clock time when the file gives one, else a stand-in (noon, which
 * keeps the day the same in any zone nearby), marked as one.
 */
export function readMoment(
	dayText: string,
	time: string | null,
	timeZone: string,
	standIn = '12:00'
): Instant & { time: string; timeKnown: boolean } {
	const clock = time ?? standIn;
	return { ...localToInstant(dayText, clock, timeZone), time: clock, timeKnown: time !== null };
}

function iso(ms: number): string {
	return new Date(ms).toISOString();
}

/** Minutes the zone's clock is ahead of UTC at an instant, kept for each quarter hour: a file
 * of ten years asks about the same few moments many times. */
function offsetAt(timeZone: string, ms: number): number {
	const quarter = Math.floor(ms / (15 * minute));
	let zone = offsets.get(timeZone);
	if (!zone) offsets.set(timeZone, (zone = new Map()));
	const known = zone.get(quarter);
	if (known !== undefined) return known;
	let offset: number;
	try {
		offset = zoneOffset(quarter * 15 * minute, timeZone);
	} catch {
		throw new ImportTimeZoneError(timeZone);
	}
	if (zone.size > 50_000) zone.clear();
	zone.set(quarter, offset);
	return offset;
}
