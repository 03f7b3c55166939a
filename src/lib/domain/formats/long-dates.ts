// Long dates as the locale (en-GB, domain/locale.ts) writes them, "1 December 2026" and
// "1 December 2026 at 9:05", without Intl. A page's first Intl date or number formatter loads
// the locale's data, about 30 ms of main thread on this machine: the worker's /view would pay it
// before the summary paints. ui/format-date.ts writes its long days with them too, so a day
// reads one way everywhere. They are en-GB's only: tests/unit/domain/formats/long-dates.test.ts
// checks them against Intl's own in the app's locale, in several time zones, so a change of
// locale fails there first. The words are long-dates-text.ts's.

import { dayAtTime, invalidDate, monthNames } from './long-dates-text';

/** "1 December 2026", in the device's time zone; "Invalid Date", as Intl's, for no date. */
export function longDay(date: Date): string {
	if (Number.isNaN(date.getTime())) return invalidDate;
	return `${date.getDate()} ${monthNames[date.getMonth()]} ${date.getFullYear()}`;
}

/** "1 December 2026 at 9:05", in the device's time zone, on a 24-hour clock. */
export function longMoment(date: Date): string {
	if (Number.isNaN(date.getTime())) return invalidDate;
	const minutes = String(date.getMinutes()).padStart(2, '0');
	return dayAtTime(longDay(date), `${date.getHours()}:${minutes}`);
}
