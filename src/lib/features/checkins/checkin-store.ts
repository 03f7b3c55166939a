import {
	checkinKindsUntil,
	checkinsKind,
	checkinYear,
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

/** Every check-in, oldest first; from a first year on, when earlier ones are not needed. */
export async function loadCheckins(now = new Date(), firstYear?: number): Promise<Checkin[]> {
	const years = await vault.records.listKinds(checkinKindsUntil(now, firstYear));
	return joinEntries(years.map((year) => year.data));
}

/** This year's and last year's check-ins, oldest first: enough for the home screen. */
export async function loadRecentCheckins(now = new Date()): Promise<Checkin[]> {
	const year = now.getUTCFullYear();
	const years = await vault.records.listKinds([checkinsKind(year - 1), checkinsKind(year)]);
	return joinEntries(years.map((y) => y.data));
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
