import { joinEntries, withEntry, withoutEntry } from '$lib/domain/journey/gathered';
import { shareLogKind, type SharedEntry } from '$lib/domain/share-log';
import { vault } from '$lib/vault';

// The list of what the person has shared, newest first, kept in one record.

export async function loadShareLog(): Promise<SharedEntry[]> {
	const records = await vault.records.list(shareLogKind);
	return joinEntries(records.map((r) => r.data)).reverse();
}

export async function logShare(entry: SharedEntry) {
	await vault.records.gather(shareLogKind, (records) => ({
		entries: withEntry(joinEntries(records), entry)
	}));
}

export async function forgetShare(id: string) {
	await vault.records.gather(shareLogKind, (records) => ({
		entries: withoutEntry(joinEntries(records), id)
	}));
}
