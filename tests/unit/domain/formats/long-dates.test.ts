import { afterEach, describe, expect, it } from 'vitest';
import { locale } from '../../../../src/lib/domain/locale';
import { longDay, longMoment } from '../../../../src/lib/domain/formats/long-dates';

// The hand-written long dates must read exactly as Intl writes them in the app's locale.

/** Each zone with its offset in mid-January, which proves the zone took effect. */
const zones = {
	'Europe/London': 0,
	'America/New_York': 300,
	'Asia/Kolkata': -330,
	'Pacific/Chatham': -825,
	UTC: 0
};
const startTz = process.env.TZ;

/** Every 17 hours and 13 minutes for about 16 months (every month, hour and day), a leap day. */
const moments = [
	...Array.from(
		{ length: 700 },
		(_, i) => Date.UTC(2027, 11, 25) + i * (17 * 60 + 13) * 60_000 - 500 * 86_400_000
	),
	Date.UTC(2028, 1, 29, 12),
	Date.UTC(999, 5, 1, 12)
];

afterEach(() => {
	if (startTz === undefined) delete process.env.TZ;
	else process.env.TZ = startTz;
});

describe('long dates without Intl', () => {
	for (const [zone, offset] of Object.entries(zones))
		it(`match Intl's en-GB long day and moment in ${zone}`, () => {
			process.env.TZ = zone;
			expect(new Date(Date.UTC(2026, 0, 15)).getTimezoneOffset()).toBe(offset);
			for (const ms of moments) {
				const date = new Date(ms);
				expect(longDay(date)).toBe(
					date.toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric' })
				);
				expect(longMoment(date)).toBe(
					date.toLocaleString(locale, {
						day: 'numeric',
						month: 'long',
						year: 'numeric',
						hour: 'numeric',
						minute: '2-digit'
					})
				);
			}
		});

	it("is Intl's long date style too, which the app's screens wrote their days in", () => {
		for (const zone of Object.keys(zones)) {
			process.env.TZ = zone;
			for (const ms of moments) {
				const date = new Date(ms);
				expect(longDay(date)).toBe(date.toLocaleDateString(locale, { dateStyle: 'long' }));
			}
		}
	});

	it('writes no date as Date itself does', () => {
		const none = new Date(Number.NaN);
		expect(longDay(none)).toBe(none.toLocaleDateString(locale));
		expect(longMoment(none)).toBe('Invalid Date');
	});

	it('writes the day of the month without a leading zero and minutes with one', () => {
		process.env.TZ = 'UTC';
		expect(longMoment(new Date(Date.UTC(2026, 0, 5, 9, 5)))).toBe('5 January 2026 at 9:05');
		expect(longMoment(new Date(Date.UTC(2026, 11, 31, 0, 0)))).toBe('31 December 2026 at 0:00');
	});
});
