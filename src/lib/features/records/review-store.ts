import {
	defaultReviewSettings,
	reviewKind,
	reviewSettingsKind,
	type ReviewSettings
} from '$lib/domain/journey/review';
import { vault } from '$lib/vault';
import type { Reader } from '$lib/vault/repository';
import { readSingle, writeSingle } from '$lib/vault/single-record';

// Reviews and the person's chosen intervals, as the screens use them.

export function loadReviewSettings(records: Reader = vault.records): Promise<ReviewSettings> {
	return readSingle(records, reviewSettingsKind, defaultReviewSettings);
}

export function saveReviewSettings(settings: ReviewSettings) {
	return writeSingle(vault.records, reviewSettingsKind, settings);
}

export async function loadReviews(records: Reader = vault.records) {
	const [reviews, settings] = await Promise.all([
		records.list(reviewKind),
		loadReviewSettings(records)
	]);
	return { reviews: reviews.toSorted((a, b) => b.data.date.localeCompare(a.data.date)), settings };
}
