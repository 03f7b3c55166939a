import { describe, expect, it } from 'vitest';
import { newGoal, type Goal, type GoalStatus } from '$lib/domain/journey/goal';
import { newSessionNote } from '$lib/domain/journey/session-note';
import type { Saved } from '$lib/domain/record-kind';
import { nextSessionDay } from '$lib/domain/journey/session-note';
import { goalDays } from '$lib/features/my-data/calendar-sources';
import { calendarText } from '$lib/features/my-data/calendar-text';
import { makeReminder, type ReminderRequest } from '$lib/features/my-data/make-reminder';
import { reminderProblems } from '$lib/features/my-data/reminder-problems';
import {
	alarmTrigger,
	onlyEvent,
	parseCalendar,
	unfoldedLines
} from '../../domain/formats/ics-reading';

const today = '2027-03-10';
const made = { now: new Date('2027-03-10T12:00:00Z'), uid: 'card@waymark.invalid' };
const zone = 'Europe/London';
const checkin: ReminderRequest = {
	kind: 'checkin',
	title: '',
	days: ['MO', 'TH'],
	time: '21:00',
	from: today,
	alarm: 'start'
};
const session: ReminderRequest = {
	kind: 'session',
	title: '',
	day: '2027-03-24',
	time: '',
	minutes: 60,
	alarm: 'evening'
};

describe('a reminder made from the calendar card', () => {
	it('takes the kind’s neutral title, and names the file for it, when the title is left empty', () => {
		const file = makeReminder(checkin, zone, made);
		expect(file.name).toBe('time-for-me.ics');
		expect(onlyEvent(file.contents).summary).toBe(calendarText.titles.checkin);
		expect(unfoldedLines(file.contents)).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO,TH');
	});

	it('takes the person’s own title, trimmed, for the event and the file', () => {
		const file = makeReminder({ ...checkin, title: '  Tea and a pause ' }, zone, made);
		expect(file.name).toBe('tea-and-a-pause.ics');
		expect(onlyEvent(file.contents).summary).toBe('Tea and a pause');
	});

	it('writes the alarm chosen: before a time, around a whole day, or none', () => {
		const timed = makeReminder({ ...session, time: '14:30', alarm: '15' }, zone, made);
		expect(alarmTrigger(onlyEvent(timed.contents))).toBe(-15);
		const morning = makeReminder({ ...session, alarm: 'morning' }, zone, made);
		expect(alarmTrigger(onlyEvent(morning.contents))).toBe(9 * 60);
		const evening = makeReminder(session, zone, made);
		expect(alarmTrigger(onlyEvent(evening.contents))).toBe(-6 * 60);
		const none = makeReminder({ ...session, alarm: 'none' }, zone, made);
		expect(onlyEvent(none.contents).component.getAllSubcomponents('valarm')).toHaveLength(0);
	});

	it('repeats a review in its rhythm, and keeps a goal to its day under a neutral title', () => {
		const review = makeReminder(
			{ kind: 'review', title: '', day: '2027-06-01', months: 4, alarm: 'evening' },
			zone,
			made
		);
		expect(unfoldedLines(review.contents)).toContain('RRULE:FREQ=MONTHLY;INTERVAL=4');
		expect(review.name).toBe('looking-back-and-ahead.ics');
		const goal = makeReminder({ kind: 'goal', title: '', day: '2027-09-01' }, zone, made);
		const event = onlyEvent(goal.contents);
		expect(event.summary).toBe(calendarText.titles.goal);
		expect(event.startDate.toString()).toBe('2027-09-01');
		expect(parseCalendar(goal.contents).getAllSubcomponents('vtimezone')).toHaveLength(0);
	});
});

describe('what the calendar card says is wrong', () => {
	it('asks for a day of the week, a time, and a first day still to come', () => {
		expect(reminderProblems(checkin, today)).toEqual({});
		expect(reminderProblems({ ...checkin, days: [], time: '', from: '2027-03-09' }, today)).toEqual(
			{
				days: calendarText.problems['no-days'],
				time: calendarText.noTime,
				day: calendarText.dayProblems['in-past']
			}
		);
	});

	it('lets a session be a whole day, but not a day gone or none', () => {
		expect(reminderProblems(session, today)).toEqual({});
		expect(reminderProblems({ ...session, day: '' }, today).day).toBe(
			calendarText.dayProblems.missing
		);
		expect(reminderProblems({ ...session, day: '2027-03-01' }, today).day).toBe(
			calendarText.dayProblems['in-past']
		);
		expect(reminderProblems({ ...session, day: today, time: '08:00' }, today)).toEqual({});
	});

	it('asks for a goal when none is chosen', () => {
		expect(reminderProblems({ kind: 'goal', title: '', day: '' }, today)).toEqual({
			goal: calendarText.noGoal
		});
	});
});

describe('the days the journal offers the card', () => {
	const note = (date: string, nextDate: string, createdAt = `${date}T10:00:00Z`) => ({
		data: { ...newSessionNote(date), nextDate },
		createdAt
	});

	it('takes the next session from the latest note that agreed one still to come', () => {
		expect(nextSessionDay([], today)).toBeNull();
		expect(
			nextSessionDay(
				[
					note('2027-02-01', '2027-03-01'),
					note('2027-03-03', '2027-03-17'),
					note('2027-03-08', '')
				],
				today
			)
		).toBe('2027-03-17');
		expect(nextSessionDay([note('2027-02-01', '2027-03-01')], today)).toBeNull();
	});

	it('offers goals still wanted with a target day to come, soonest first', () => {
		let n = 0;
		const goal = (title: string, targetDate: string, status: GoalStatus = 'working') =>
			({
				id: `goal-${++n}`,
				createdAt: '2027-01-01T00:00:00Z',
				updatedAt: '2027-01-01T00:00:00Z',
				revision: 1,
				data: { ...newGoal(title), targetDate, status }
			}) satisfies Saved<Goal>;
		const offered = goalDays(
			[
				goal('Later', '2027-08-01'),
				goal('No day', ''),
				goal('Gone', '2027-03-09'),
				goal('Done', '2027-05-01', 'achieved'),
				goal(' Resting ', '2027-04-01', 'paused'),
				goal('Today', today)
			],
			today
		);
		expect(offered.map((g) => [g.title, g.day])).toEqual([
			['Today', today],
			['Resting', '2027-04-01'],
			['Later', '2027-08-01']
		]);
	});
});
