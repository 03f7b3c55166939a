import { describe, expect, it } from 'vitest';
import { calendarText } from '$lib/features/my-data/calendar-text';

// A calendar is seen by others and synced to servers: the titles a reminder starts with say
// nothing of health, treatment or the journal.
const telling =
	/mental|health|therap|recover|crisis|review|session|clinic|medic|psych|diagnos|symptom|well-?being|\bwrap\b|\bplan\b|goal|check-?in|mood|journal/i;

describe('the default reminder titles', () => {
	it('say nothing of what a reminder is for', () => {
		for (const title of Object.values(calendarText.titles)) expect(title).not.toMatch(telling);
	});

	it('catch the words they must not use', () => {
		for (const words of ['Mental health check-in', 'Therapy session', 'Review my plan'])
			expect(words).toMatch(telling);
	});
});
