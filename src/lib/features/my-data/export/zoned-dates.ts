import { zonedDay, zonedTime, type ZonedTime } from '$lib/domain/formats/zoned-time';
import { locale } from '$lib/domain/locale';

// Dates in an export as the person reads them: Waymark's locale, in the time zone the export
// is made for (the screen passes the device's), whichever zone the code happens to run in.
// Formatters are made once per export and labels kept per day, as years of check-ins repeat them.

export class ZonedDates {
	readonly timeZone: string;
	readonly #moment: Intl.DateTimeFormat;
	readonly #stamp: Intl.DateTimeFormat;
	// Calendar days and months carry no zone: they are formatted as UTC dates of the same name.
	readonly #calendarDay = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
	readonly #month = new Intl.DateTimeFormat(locale, {
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	});
	readonly #shortDay = new Intl.DateTimeFormat(locale, {
		weekday: 'short',
		day: 'numeric',
		month: 'short',
		timeZone: 'UTC'
	});
	readonly #clock = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'UTC' });
	readonly #shortDays = new Map<string, string>();
	readonly #clocks = new Map<number, string>();

	/** Throws a RangeError for a time zone Intl does not know. */
	constructor(timeZone: string) {
		this.timeZone = timeZone;
		this.#moment = new Intl.DateTimeFormat(locale, {
			dateStyle: 'long',
			timeStyle: 'short',
			timeZone
		});
		this.#stamp = new Intl.DateTimeFormat(locale, {
			day: 'numeric',
			month: 'long',
			year: 'numeric',
			hour: '2-digit',
			minute: '2-digit',
			timeZoneName: 'short',
			timeZone
		});
	}

	/** A moment: "4 March 2026 at 21:15". */
	moment(iso: string): string {
		return this.#moment.format(new Date(iso));
	}

	/** A moment with its zone, for when a file was made: "4 March 2026 at 21:15 GMT". */
	stamp(at: Date): string {
		return this.#stamp.format(at);
	}

	/** A calendar day stored as YYYY-MM-DD: "4 March 2026". */
	calendarDay(day: string): string {
		const [y, m, d] = day.split('-').map(Number);
		return this.#calendarDay.format(Date.UTC(y, m - 1, d));
	}

	/** The wall-clock time of a moment in the export's zone. */
	zoned(iso: string): ZonedTime {
		return zonedTime(iso, this.timeZone);
	}

	/** A month, YYYY-MM: "March 2026". */
	month(month: string): string {
		const [y, m] = month.split('-').map(Number);
		return this.#month.format(Date.UTC(y, m - 1, 1));
	}

	/** A moment within a month already named: "Wed 4 Mar, 21:15" (see text.checkins.at). */
	dayAndClock(t: ZonedTime): { day: string; clock: string } {
		const key = zonedDay(t);
		let day = this.#shortDays.get(key);
		if (day === undefined) {
			day = this.#shortDay.format(Date.UTC(t.year, t.month - 1, t.day));
			this.#shortDays.set(key, day);
		}
		const minute = t.hour * 60 + t.minute;
		let clock = this.#clocks.get(minute);
		if (clock === undefined) {
			clock = this.#clock.format(Date.UTC(2000, 0, 1, t.hour, t.minute));
			this.#clocks.set(minute, clock);
		}
		return { day, clock };
	}
}
