import { shareLogKind, type SharedEntry } from '$lib/domain/share-log';
import { vault } from '$lib/vault';
import { allEntries, putEntry, removeEntry } from '$lib/vault/gathered-entries';
import type { Reader } from '$lib/vault/repository';

// The list of what the person has shared, newest first, kept in one record.

export async function loadShareLog(records: Reader = vault.records): Promise<SharedEntry[]> {
	return (await allEntries(records, shareLogKind)).reverse();
}

export async function logShare(entry: SharedEntry) {
	await putEntry(vault.records, shareLogKind, entry);
}

export async function forgetShare(id: string) {
	await removeEntry(vault.records, shareLogKind, id);
}
