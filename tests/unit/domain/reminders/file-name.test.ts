import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reminderFileName } from '$lib/domain/reminders/file-name';
import { calendarText } from '$lib/features/my-data/calendar-text';

const fallback = calendarText.titles.checkin;

describe('a reminder’s file name', () => {
	it('is made from its title', () => {
		expect(reminderFileName('Time for me', fallback)).toBe('time-for-me.ics');
		expect(reminderFileName('  Café — ☕ at 9!  ', fallback)).toBe('café-at-9.ics');
		expect(reminderFileName('自分の時間', fallback)).toBe('自分の時間.ics');
		expect(reminderFileName('זמן בשבילי', fallback)).toBe('זמן-בשבילי.ics');
	});

	it('falls back to the default title when the title has no letters', () => {
		expect(reminderFileName('🌙✨', fallback)).toBe('time-for-me.ics');
		expect(reminderFileName('', calendarText.titles.goal)).toBe('a-day-i-planned-for.ics');
	});

	it('names no path, hidden file or device', () => {
		expect(reminderFileName('../../etc/passwd', fallback)).toBe('etc-passwd.ics');
		expect(reminderFileName('.hidden', fallback)).toBe('hidden.ics');
		expect(reminderFileName('C:\\Users\\me', fallback)).toBe('c-users-me.ics');
		expect(reminderFileName('CON', fallback)).toBe('con_.ics');
		expect(reminderFileName('lpt1', fallback)).toBe('lpt1_.ics');
		expect(reminderFileName('COM¹', fallback)).toBe('com¹_.ics');
	});

	it('is cut between letters, never after a hyphen', () => {
		const name = reminderFileName('時間 '.repeat(40), fallback);
		expect(name).toMatch(/^時間-時間-[時間-]*[時間]\.ics$/u);
		expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(64);
	});

	it('is short and safe whatever the title', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (title) => {
				const name = reminderFileName(title, fallback);
				expect(name).toMatch(/^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}_-]*\.ics$/u);
				expect(Array.from(name).length).toBeLessThanOrEqual(65);
			})
		);
	});
});
