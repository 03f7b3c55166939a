import { longDay, longMoment } from '$lib/domain/formats/long-dates';

// Dates in the summary's words' locale; the view has no settings of its own. Written without
// Intl, whose first use would hold the worker's summary back (long-dates.ts).

export function formatShareDay(ms: number): string {
	return longDay(new Date(ms));
}

export function formatShareMoment(ms: number): string {
	return longMoment(new Date(ms));
}

const dayLength = 24 * 60 * 60 * 1000;

/** Expiry choices the person is offered, in days: one day to ninety. */
export const expiryChoices = [1, 3, 7, 14, 30, 60, 90] as const;
export const defaultExpiryDays = 14;

export function expiryFrom(created: number, days: number): number {
	return created + days * dayLength;
}
