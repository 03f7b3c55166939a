import { describe, expect, it } from 'vitest';
import { newScale } from '$lib/domain/journey/checkin';
import { scaleHint, scaleText } from '$lib/features/records/scale-text';

// A scale says what its ends mean, and its sentences read the right way round.
const anxiety = {
	...newScale('a'),
	name: 'Anxiety',
	goodEnd: 1 as const,
	lowWords: 'calm',
	highWords: 'very anxious'
};
const mood = { ...newScale('m'), name: 'Mood' };
const falling = { days: 6, answers: 8, average: 2.5, firstHalf: 3.3, secondHalf: 1.7 };
const summary = (scale: typeof mood, s = falling) =>
	scaleText.summary(scale, s, '1 (3 Nov)', '4 (1 Nov)', 'in the last month');

describe('the words of a check-in scale', () => {
	it('name the ends in the person’s words, or the usual words for its good end', () => {
		expect(scaleHint(mood)).toBe('1 is low, 5 is good');
		expect(scaleHint(anxiety)).toBe('1 is calm, 5 is very anxious');
		expect(scaleHint({ ...mood, goodEnd: 1 })).toBe('1 is good, 5 is hard');
	});

	it('say a fall on a scale good at 1 is towards its good end', () => {
		expect(summary(anxiety)).toBe(
			'Anxiety (1 is calm, 5 is very anxious): 2.5 on average from 8 check-ins on 6 days in the last month, 3.3 in the first half and 1.7 in the second, towards calm. Lowest 1 (3 Nov), highest 4 (1 Nov).'
		);
		expect(summary(mood)).toContain('1.7 in the second, away from the good end.');
		expect(summary(mood, { ...falling, secondHalf: 3.3 })).toContain('3.3 in the second.');
	});
});
