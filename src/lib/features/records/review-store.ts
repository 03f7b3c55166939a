import {
	defaultReviewSettings,
	reviewKind,
	reviewSettingsKind,
	type ReviewSettings
} from '$lib/domain/journey/review';
import { vault } from '$lib/vault';
import { readSingle, writeSingle } from '$lib/vault/single-record';

// Reviews and the person's chosen intervals, as the screens use them.

export function loadReviewSettings(): Promise<ReviewSettings> {
	return readSingle(vault.records, reviewSettingsKind, defaultReviewSettings);
}

export function saveReviewSettings(settings: ReviewSettings) {
	return writeSingle(vault.records, reviewSettingsKind, settings);
}

export async function loadReviews() {
	const [reviews, settings] = await Promise.all([
		vault.records.list(reviewKind),
		loadReviewSettings()
	]);
	return { reviews: reviews.toSorted((a, b) => b.data.date.localeCompare(a.data.date)), settings };
}
