import {
	checkinsKind,
	checkinYear,
	checkinYearsUntil,
	defaultScales,
	scaleSettingsKind,
	type Checkin,
	type ScaleSettings
} from '$lib/domain/journey/checkin';
import { vault } from '$lib/vault';
import { putEntry, readableEntries, removeEntry } from '$lib/vault/gathered-entries';
import type { Reader } from '$lib/vault/repository';
import { readSingle, writeSingle } from '$lib/vault/single-record';

// Check-ins as the screens use them: each year's are one record (checkin.ts), so reading
// years of them is a handful of reads, and adding one changes only its year.

/** Parts of a year's check-ins that could not be read (entries, or the year's whole record). */
export interface UnreadCheckins {
	year: number;
	parts: number;
}

/** The check-ins that open, oldest first, and what of each year could not be read. */
export interface LoadedCheckins {
	checkins: Checkin[];
	unread: UnreadCheckins[];
}

async function loadYears(records: Reader, years: number[]): Promise<LoadedCheckins> {
	const kinds = years.map(checkinsKind);
	const yearOf = new Map(kinds.map((kind, n) => [kind.name, years[n]]));
	const { entries, unread } = await readableEntries(records, kinds);
	return {
		checkins: entries,
		unread: unread
			.map(({ kind, parts }) => ({ year: yearOf.get(kind)!, parts }))
			.sort((a, b) => a.year - b.year)
	};
}

/** Every check-in that opens, oldest first, and what could not be read. */
export function loadAllCheckins(
	now = new Date(),
	firstYear?: number,
	records: Reader = vault.records
): Promise<LoadedCheckins> {
	return loadYears(records, checkinYearsUntil(now, firstYear));
}

/** Every check-in, oldest first; from a first year on, when earlier ones are not needed. What
 * cannot be read is left out here: the check-in screens say so (loadAllCheckins). */
export async function loadCheckins(
	now = new Date(),
	firstYear?: number,
	records: Reader = vault.records
): Promise<Checkin[]> {
	return (await loadAllCheckins(now, firstYear, records)).checkins;
}

/** This year's and last year's check-ins, oldest first, and what could not be read. */
export function loadRecent(
	now = new Date(),
	records: Reader = vault.records
): Promise<LoadedCheckins> {
	const year = now.getUTCFullYear();
	return loadYears(records, [year - 1, year]);
}

/** This year's and last year's check-ins, oldest first: enough for the home screen. */
export async function loadRecentCheckins(
	now = new Date(),
	records: Reader = vault.records
): Promise<Checkin[]> {
	return (await loadRecent(now, records)).checkins;
}

/** Adds a check-in or saves a change to one; moving it to another year moves it between records. */
export async function saveCheckin(checkin: Checkin, previousAt: string | null = null) {
	const year = checkinYear(checkin.at);
	const from = previousAt === null ? year : checkinYear(previousAt);
	await vault.records.atomically(async () => {
		if (from !== year) await removeEntry(vault.records, checkinsKind(from), checkin.id);
		await putEntry(vault.records, checkinsKind(year), checkin);
	});
}

export async function deleteCheckin(checkin: Checkin) {
	await removeEntry(vault.records, checkinsKind(checkinYear(checkin.at)), checkin.id);
}

export function loadScales(records: Reader = vault.records): Promise<ScaleSettings> {
	return readSingle(records, scaleSettingsKind, defaultScales);
}

export function saveScales(settings: ScaleSettings) {
	return writeSingle(vault.records, scaleSettingsKind, settings);
}
