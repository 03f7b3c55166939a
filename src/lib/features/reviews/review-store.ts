import {
	defaultReviewSettings,
	reviewKind,
	reviewSettingsKind,
	type ReviewSettings
} from '$lib/domain/journey/review';
import { vault } from '$lib/vault';

// Reviews and the person's chosen intervals, as the screens use them.

export async function loadReviewSettings(): Promise<ReviewSettings> {
	const [saved] = await vault.records.list(reviewSettingsKind);
	return saved?.data ?? defaultReviewSettings;
}

export async function saveReviewSettings(settings: ReviewSettings) {
	const [saved] = await vault.records.list(reviewSettingsKind);
	if (saved) await vault.records.update(reviewSettingsKind, saved.id, settings);
	else await vault.records.create(reviewSettingsKind, settings);
}

export async function loadReviews() {
	const [reviews, settings] = await Promise.all([
		vault.records.list(reviewKind),
		loadReviewSettings()
	]);
	return { reviews: reviews.toSorted((a, b) => b.data.date.localeCompare(a.data.date)), settings };
}
