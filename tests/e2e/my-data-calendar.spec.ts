import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import ICAL from 'ical.js';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app';
import { expectAccessibleInBothThemes } from './support/axe';

// Reminders on my own calendar: the card makes an .ics file that a calendar app reads back as
// the person chose it (days, time, zone, repeat), under their title or a neutral one, with
// nothing from the journal in it.

// A zone with summer time, so the file's own zone is what keeps 21:00 at 21:00.
const zone = 'Europe/London';
test.use({ timezoneId: zone });
test.describe.configure({ timeout: 60_000 });

const card = (page: Page) => page.getByRole('region', { name: 'Reminders on my own calendar' });

/** Presses the button and reads the file it hands over, as a calendar app would. */
async function addToCalendar(page: Page) {
	const download = page.waitForEvent('download');
	await card(page).getByRole('button', { name: 'Add to my calendar' }).click();
	const file = await download;
	const name = file.suggestedFilename();
	await expect(card(page).getByRole('status')).toHaveText(
		`Saved ${name}. Open it to add it to my calendar app.`
	);
	const ics = await readFile((await file.path())!, 'utf8');
	const calendar = new ICAL.Component(ICAL.parse(ics));
	const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
	return { name, ics, calendar, events };
}

/** Today in the zone the browser lives in, and days from it, YYYY-MM-DD. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date());
const daysFrom = (day: string, days: number) => {
	const d = new Date(`${day}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
};
const weekdayOf = (day: string) =>
	['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'][new Date(`${day}T00:00:00Z`).getUTCDay()];

/** Opens My data, unlocking on the way, and returns the calendar card. */
async function openCard(page: Page) {
	await new AppPage(page).openUnlocked('/my-data');
	await expect(card(page)).toBeVisible();
	return card(page);
}

async function chooseKind(page: Page, label: string) {
	await card(page).getByRole('radio', { name: label }).check();
}

test('a check-in reminder repeats on the days ticked, at the time chosen, in the phone’s zone', async ({
	page,
	seed
}) => {
	await seed(async (j) => {
		await j.goal({ title: 'Sleep better' });
	});
	const here = await openCard(page);
	await expect(here.getByRole('radio', { name: 'A regular time for my check-in' })).toBeChecked();
	await expect(here.getByText(`Times are in ${zone}, this phone’s time zone.`)).toBeVisible();

	// Nothing ticked and no time: said beside each field, and nothing made.
	await here.getByRole('checkbox', { name: 'Every day' }).uncheck();
	await here.getByRole('button', { name: 'Add to my calendar' }).click();
	await expect(
		here.getByRole('alert').filter({ hasText: 'Choose at least one day of the week.' })
	).toBeVisible();
	await expect(
		here.getByRole('alert').filter({ hasText: 'Choose a time of day for it.' })
	).toBeVisible();
	await expect(here.getByRole('checkbox', { name: 'Monday' })).toBeFocused();

	for (const day of ['Monday', 'Wednesday', 'Friday'])
		await here.getByRole('checkbox', { name: day }).check();
	await expect(here.getByRole('checkbox', { name: 'Every day' })).not.toBeChecked();
	await here.getByLabel('At what time').fill('21:00');
	await expect(here.getByRole('radio', { name: 'As it starts' })).toBeChecked();
	await here.getByRole('radio', { name: '15 minutes before' }).check();
	const title = here.getByRole('textbox', { name: 'Title in my calendar' });
	await expect(title).toHaveValue('');
	await expect(title).toHaveAttribute('placeholder', 'Time for me');
	await expect(here.getByRole('alert')).toHaveCount(0);

	const { name, calendar, events } = await addToCalendar(page);
	expect(name).toBe('time-for-me.ics');
	expect(events).toHaveLength(1);
	const [event] = events;
	expect(event.summary).toBe('Time for me');
	expect(event.startDate.zone.tzid).toBe(zone);
	expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe(zone);
	let first = today();
	while (!['MO', 'WE', 'FR'].includes(weekdayOf(first))) first = daysFrom(first, 1);
	expect(event.startDate.toString()).toBe(`${first}T21:00:00`);
	const rule = event.component.getFirstPropertyValue('rrule') as unknown as ICAL.Recur;
	expect(rule.freq).toBe('WEEKLY');
	expect(rule.parts.BYDAY).toEqual(['MO', 'WE', 'FR']);
	const alarm = event.component.getFirstSubcomponent('valarm')!;
	expect((alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).toBe(-15 * 60);
	// Through summer time and back, still at 21:00 on the wall clock.
	const iterator = event.iterator();
	const clock = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeStyle: 'short' });
	for (let n = 0; n < 60; n++) expect(clock.format(iterator.next()!.toJSDate())).toBe('21:00');

	await test.step('a title typed to break out of the event stays one line of one event', () =>
		hostileTitle(page));
	await test.step('with no goal that has a day to come, the card says so', () => noGoalDays(page));
});

async function hostileTitle(page: Page) {
	const here = card(page);
	const title = here.getByRole('textbox', { name: 'Title in my calendar' });
	const hostile = 'Me\r\nBEGIN:VEVENT\r\nSUMMARY:Therapy;, \\ end';
	await title.fill(hostile);
	// A one-line field keeps no line break (Chromium makes each a space); what it holds is what
	// must come back, whole, semicolons, commas and backslash included.
	const typed = await title.inputValue();
	expect(typed).toMatch(/^Me\s?BEGIN:VEVENT\s?SUMMARY:Therapy;, \\ end$/);

	const { name, ics, events } = await addToCalendar(page);
	expect(events).toHaveLength(1);
	expect(events[0].summary).toBe(typed);
	const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
	expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
	expect(lines.filter((line) => line.startsWith('SUMMARY'))).toHaveLength(1);
	expect(name).toMatch(/^[\p{L}\p{N}][\p{L}\p{N}_-]*\.ics$/u);
}

test('the next session comes from my notes, can be changed, and is written at its time', async ({
	page,
	seed
}) => {
	const days = await seed(async (j) => {
		await j.session({ date: j.day(-7), who: 'Chris', nextDate: j.day(12) });
		await j.goal({ title: 'Run the coastal 10k', targetDate: j.day(30) });
		await j.goal({ title: 'Sleep better' });
		return { session: j.day(12), goal: j.day(30) };
	});
	const here = await openCard(page);
	await chooseKind(page, 'My next session');
	await expect(here.getByText(/^My session notes say my next session is on /)).toBeVisible();
	const day = here.getByLabel('Day of my next session');
	await expect(day).toHaveValue(days.written.session);

	// A day gone is refused beside the field, and the rest is kept.
	await here.getByLabel('Time, if I know it').fill('14:30');
	await day.fill(daysFrom(today(), -1));
	await here.getByRole('button', { name: 'Add to my calendar' }).click();
	await expect(
		here.getByRole('alert').filter({ hasText: 'That day has already gone.' })
	).toBeVisible();
	await expect(day).toBeFocused();
	await day.fill(days.written.session);
	await expect(here.getByLabel('Time, if I know it')).toHaveValue('14:30');
	await here.getByLabel('How long').selectOption({ label: '45 minutes' });
	await expect(here.getByRole('radio', { name: 'An hour before' })).toBeChecked();

	const { name, ics, events } = await addToCalendar(page);
	expect(name).toBe('my-appointment.ics');
	expect(events).toHaveLength(1);
	const [event] = events;
	expect(event.summary).toBe('My appointment');
	expect(event.startDate.zone.tzid).toBe(zone);
	expect(event.startDate.toString()).toBe(`${days.written.session}T14:30:00`);
	expect(event.endDate.toString()).toBe(`${days.written.session}T15:15:00`);
	expect(event.isRecurring()).toBe(false);
	const alarm = event.component.getFirstSubcomponent('valarm')!;
	expect((alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).toBe(-3600);
	expect(ics).not.toContain('Chris');

	await test.step('a goal’s target day is offered by the goal’s name, never in the file', () =>
		goalDay(page, days.written.goal));
});

async function goalDay(page: Page, target: string) {
	const here = card(page);
	await chooseKind(page, 'The day I planned a goal for');
	await expect(here.getByRole('radio', { name: 'Run the coastal 10k' })).toBeChecked();
	// A goal without a day has nothing to put on a calendar.
	await expect(here.getByRole('radio', { name: 'Sleep better' })).toHaveCount(0);

	const { name, ics, events } = await addToCalendar(page);
	expect(name).toBe('a-day-i-planned-for.ics');
	expect(events[0].summary).toBe('A day I planned for');
	expect(events[0].startDate.isDate).toBe(true);
	expect(events[0].startDate.toString()).toBe(target);
	expect(ics).not.toMatch(/coastal|10k/i);
}

async function noGoalDays(page: Page) {
	const here = card(page);
	await chooseKind(page, 'The day I planned a goal for');
	await expect(here.getByText(/^None of my goals has a target date still to come\./)).toBeVisible();
	await expect(here.getByRole('link', { name: 'Go to my goals' })).toHaveAttribute(
		'href',
		'/goals'
	);
	await expect(here.getByRole('button', { name: 'Add to my calendar' })).toHaveCount(0);
}

/** Each kind of reminder on show in turn, for the screenshots and the checks at each size. */
async function everyKind(page: Page, here: Locator, shot: (kind: string) => Promise<unknown>) {
	for (const [kind, label] of [
		['checkin', 'A regular time for my check-in'],
		['session', 'My next session'],
		['review', 'My next review, and every one after it'],
		['goal', 'The day I planned a goal for']
	]) {
		await here.getByRole('radio', { name: label }).check();
		if (kind === 'session') await here.getByLabel('Time, if I know it').fill('10:00');
		await shot(kind);
	}
}

test('the card fits 320 px at 200% text and passes axe in both themes', async ({ page, seed }) => {
	await seed(async (j) => {
		await j.session({ date: j.day(-3), nextDate: j.day(9) });
		await j.review({ date: j.day(-40) });
		await j.goal({ title: 'Get back to the allotment three times a week', targetDate: j.day(50) });
	});
	const here = await openCard(page);
	await expectAccessibleInBothThemes(page, 'My data', 'My data');
	await everyKind(page, here, (kind) =>
		here.screenshot({ path: test.info().outputPath(`calendar-390-${kind}.png`) })
	);
	await page.emulateMedia({ colorScheme: 'dark' });
	await here.screenshot({ path: test.info().outputPath('calendar-390-goal-dark.png') });
	await page.emulateMedia({ colorScheme: 'light' });

	await page.setViewportSize({ width: 320, height: 640 });
	// Text size as a browser's setting sets it (the CSP refuses an injected stylesheet).
	await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
	await everyKind(page, here, async (kind) => {
		const width = await page.evaluate(() => ({
			scroll: document.documentElement.scrollWidth,
			client: document.documentElement.clientWidth
		}));
		expect.soft(width.scroll, `${kind} scrolls sideways`).toBeLessThanOrEqual(width.client);
		await here.screenshot({ path: test.info().outputPath(`calendar-320-200-${kind}.png`) });
	});
});
