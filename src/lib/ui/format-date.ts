import { longDay } from '$lib/domain/formats/long-dates';
import { locale } from '$lib/domain/locale';

// Stored dates are ISO strings in UTC; the person reads them in Waymark's locale and their own
// time zone.

/** A moment: "24 Nov 2026, 09:15", or "24 November 2026 at 09:15" with the long style. */
export function formatWhen(iso: string, dateStyle: 'medium' | 'long' = 'medium'): string {
	return new Date(iso).toLocaleString(locale, { dateStyle, timeStyle: 'short' });
}

/** A month, YYYY-MM: "November 2026". */
export function formatMonth(month: string): string {
	const [y, m] = month.split('-').map(Number);
	return new Date(y, m - 1, 1).toLocaleDateString(locale, { month: 'long', year: 'numeric' });
}

/** A day: "24 November 2026". */
export function formatDay(iso: string): string {
	return longDay(new Date(iso));
}

/** A calendar day stored as YYYY-MM-DD, read as that day wherever the person is. */
export function formatCalendarDay(
	day: string,
	dateStyle: 'medium' | 'long' | 'full' = 'long'
): string {
	const [y, m, d] = day.split('-').map(Number);
	const date = new Date(y, m - 1, d);
	return dateStyle === 'long' ? longDay(date) : date.toLocaleDateString(locale, { dateStyle });
}
