import { describe, expect, it } from 'vitest';
import { newGoal } from '$lib/domain/journey/goal';
import { goalReminder } from '$lib/domain/reminders/goal-reminder';
import { calendarText } from '$lib/features/my-data/calendar-text';
import { alarmTrigger, onlyEvent, unfoldedLines } from '../formats/ics-reading';

const made = { now: new Date('2027-01-05T08:00:00Z'), uid: 'goal@waymark.invalid' };

describe('a goal’s target date', () => {
	const goal = {
		...newGoal('Run the coastal 10k without stopping'),
		why: 'To show myself I can',
		targetDate: '2027-09-12'
	};

	it('is a whole day with one alarm the day before, at 18:00 unless chosen', () => {
		const ics = goalReminder({ title: calendarText.titles.goal, day: goal.targetDate }, made);
		const lines = unfoldedLines(ics);
		expect(lines).toContain('DTSTART;VALUE=DATE:20270912');
		expect(lines).toContain('DTEND;VALUE=DATE:20270913');
		const event = onlyEvent(ics);
		expect(event.isRecurring()).toBe(false);
		expect(alarmTrigger(event)).toBe(-360);
		const chosen = goalReminder({ title: 'Big day', day: goal.targetDate, alarmAt: '09:30' }, made);
		// 09:30 the day before is 14 hours 30 minutes before the day's midnight.
		expect(alarmTrigger(onlyEvent(chosen))).toBe(-870);
	});

	it('says “A day I planned for”, never the goal’s own words', () => {
		const ics = goalReminder({ title: calendarText.titles.goal, day: goal.targetDate }, made);
		expect(onlyEvent(ics).summary).toBe('A day I planned for');
		expect(onlyEvent(ics).description).toBeNull();
		const unfolded = unfoldedLines(ics).join('\n');
		for (const words of [goal.title, goal.why, '10k', 'coastal'])
			expect(unfolded).not.toContain(words);
	});
});
