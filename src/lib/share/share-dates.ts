import { locale } from '$lib/domain/locale';

// Dates in the summary's words' locale; the view has no settings of its own.

export function formatShareDay(ms: number): string {
	return new Date(ms).toLocaleDateString(locale, {
		day: 'numeric',
		month: 'long',
		year: 'numeric'
	});
}

export function formatShareMoment(ms: number): string {
	return new Date(ms).toLocaleString(locale, {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		hour: 'numeric',
		minute: '2-digit'
	});
}

const dayLength = 24 * 60 * 60 * 1000;

/** Expiry choices the person is offered, in days: one day to ninety. */
export const expiryChoices = [1, 3, 7, 14, 30, 60, 90] as const;
export const defaultExpiryDays = 14;

export function expiryFrom(created: number, days: number): number {
	return created + days * dayLength;
}
