// Words for a check-in scale and its answers over time, said alike on the charts screen and in
// a shared summary.
import { plural } from '$lib/domain/locale';
import { trendOf, type Scale } from '$lib/domain/journey/checkin';

export const scaleText = {
	ends: (scale: Pick<Scale, 'goodEnd' | 'lowWords' | 'highWords'>) => ({
		low: scale.lowWords || (scale.goodEnd === 1 ? 'good' : 'low'),
		high: scale.highWords || (scale.goodEnd === 1 ? 'hard' : 'good')
	}),
	between: (from: string, to: string) => `between ${from} and ${to}`,
	/** "Mood: 3.3 on average from 5 check-ins on 2 days in the last month, …" */
	summary: (
		scale: Scale,
		s: { days: number; answers: number; average: number; firstHalf: number; secondHalf: number },
		low: string,
		high: string,
		period: string
	) =>
		`${scale.name}${turned(scale) ? ` (${scaleHint(scale)})` : ''}: ` +
		`${s.average} on average from ${plural(s.answers, { one: '1 check-in', other: `${s.answers} check-ins` })}` +
		` on ${plural(s.days, { one: '1 day', other: `${s.days} days` })} ${period}` +
		(s.days > 1
			? `, ${s.firstHalf} in the first half and ${s.secondHalf} in the second${towards(scale, s)}`
			: '') +
		`. Lowest ${low}, highest ${high}.`,
	point: (value: number, day: string) => `${value} (${day})`,
	noAnswers: (scale: string) => `${scale}: no answers in this time.`
} as const;

/** "1 is low, 5 is good", or the person's own words for the ends. */
export function scaleHint(scale: Pick<Scale, 'goodEnd' | 'lowWords' | 'highWords'>): string {
	const { low, high } = scaleText.ends(scale);
	return `1 is ${low}, 5 is ${high}`;
}

/** Whether a scale reads other than the usual way, so its sentence says what its ends mean. */
function turned(scale: Scale): boolean {
	return scale.goodEnd === 1 || Boolean(scale.lowWords || scale.highWords);
}

/** ", towards calm": which way the second half moved, named by the scale's good end. */
function towards(scale: Scale, s: { firstHalf: number; secondHalf: number }): string {
	const trend = trendOf(scale, s.firstHalf, s.secondHalf);
	if (trend === 'steady') return '';
	const good = scale.goodEnd === 1 ? scale.lowWords : scale.highWords;
	const end = good ? good : 'the good end';
	return trend === 'better' ? `, towards ${end}` : `, away from ${end}`;
}
