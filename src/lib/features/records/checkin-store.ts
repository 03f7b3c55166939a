import {
	checkinsKind,
	checkinYear,
	checkinYearsUntil,
	defaultScales,
	scaleSettingsKind,
	type Checkin,
	type ScaleSettings
} from '$lib/domain/journey/checkin';
import { joinEntries, withEntry, withoutEntry } from '$lib/domain/journey/gathered';
import { vault } from '$lib/vault';
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

async function loadYears(years: number[]): Promise<LoadedCheckins> {
	const kinds = years.map(checkinsKind);
	const yearOf = new Map(kinds.map((kind, n) => [kind.name, years[n]]));
	const { records, unread } = await vault.records.readGathered(kinds);
	return {
		checkins: joinEntries(records.map((year) => year.data)),
		unread: unread
			.map(({ kind, parts }) => ({ year: yearOf.get(kind)!, parts }))
			.sort((a, b) => a.year - b.year)
	};
}

/** Every check-in that opens, oldest first, and what could not be read. */
export function loadAllCheckins(now = new Date(), firstYear?: number): Promise<LoadedCheckins> {
	return loadYears(checkinYearsUntil(now, firstYear));
}

/** Every check-in, oldest first; from a first year on, when earlier ones are not needed. What
 * cannot be read is left out here: the check-in screens say so (loadAllCheckins). */
export async function loadCheckins(now = new Date(), firstYear?: number): Promise<Checkin[]> {
	return (await loadAllCheckins(now, firstYear)).checkins;
}

/** This year's and last year's check-ins, oldest first, and what could not be read. */
export function loadRecent(now = new Date()): Promise<LoadedCheckins> {
	const year = now.getUTCFullYear();
	return loadYears([year - 1, year]);
}

/** This year's and last year's check-ins, oldest first: enough for the home screen. */
export async function loadRecentCheckins(now = new Date()): Promise<Checkin[]> {
	return (await loadRecent(now)).checkins;
}

/** Adds a check-in or saves a change to one; moving it to another year moves it between records. */
export async function saveCheckin(checkin: Checkin, previousAt: string | null = null) {
	const year = checkinYear(checkin.at);
	const from = previousAt === null ? year : checkinYear(previousAt);
	await vault.records.atomically(async () => {
		if (from !== year)
			await vault.records.gather(checkinsKind(from), (records) => ({
				entries: withoutEntry(joinEntries(records), checkin.id)
			}));
		await vault.records.gather(checkinsKind(year), (records) => ({
			entries: withEntry(joinEntries(records), checkin)
		}));
	});
}

export async function deleteCheckin(checkin: Checkin) {
	await vault.records.gather(checkinsKind(checkinYear(checkin.at)), (records) => ({
		entries: withoutEntry(joinEntries(records), checkin.id)
	}));
}

export function loadScales(): Promise<ScaleSettings> {
	return readSingle(vault.records, scaleSettingsKind, defaultScales);
}

export function saveScales(settings: ScaleSettings) {
	return writeSingle(vault.records, scaleSettingsKind, settings);
}
