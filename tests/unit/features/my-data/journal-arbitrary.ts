import fc from 'fast-check';
import type { Checkin, ScaleSettings } from '$lib/domain/journey/checkin';
import { wrapStages } from '$lib/domain/journey/wrap-stage';

// Generated journals for the export tests: check-ins over ten years, in words that test the
// writers (quotes, commas, line breaks, formulas, Markdown, right-to-left text, emoji).

export const zones = [
	'Europe/London',
	'Pacific/Auckland',
	'America/St_Johns',
	'Asia/Kathmandu',
	'America/Los_Angeles',
	'UTC'
] as const;

export const words = fc.string({
	unit: fc.oneof(
		fc.constantFrom(...'"\',;\r\n =+-@\t#>*_`[]|<&\\1.a'),
		fc.constantFrom('مرحبا', 'שלום', '👩‍👩‍👧‍👦', '🏳️‍🌈', 'é', 'Mood')
	),
	maxLength: 24
});

const scaleIds = ['mood', 'sleep', 'hope', 'connection', 'calm', 'gone'] as const;

export const scaleSettings: fc.Arbitrary<ScaleSettings> = fc
	.tuple(
		fc.subarray([...scaleIds.slice(0, 5)], { minLength: 1 }),
		fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
		fc.array(fc.constantFrom(1 as const, 5 as const), { minLength: 5, maxLength: 5 }),
		fc.array(fc.oneof(fc.constantFrom('Mood', '=Sleep', 'Hope, or not', '"Calm"', 'שינה'), words), {
			minLength: 5,
			maxLength: 5
		})
	)
	.map(([ids, hidden, goodEnd, names]) => ({
		scales: ids.map((id, n) => ({
			id,
			name: names[n].trim() || id,
			hidden: hidden[n],
			goodEnd: goodEnd[n],
			lowWords: '',
			highWords: ''
		}))
	}));

const moment = fc
	.integer({ min: Date.UTC(2016, 0, 1), max: Date.UTC(2026, 11, 31) })
	.map((ms) => new Date(ms).toISOString());

const checkinWithoutId = fc.record({
	at: moment,
	scores: fc.dictionary(fc.constantFrom(...scaleIds), fc.integer({ min: 1, max: 5 }), {
		maxKeys: 4
	}),
	ticked: fc.array(
		fc.record({ stage: fc.constantFrom(...wrapStages), item: fc.constant('sign'), text: words }),
		{ maxLength: 3 }
	),
	helped: words,
	note: words
});

/** Check-ins, each with its own id, in no order, some sharing a moment. */
export const checkins: fc.Arbitrary<Checkin[]> = fc
	.array(checkinWithoutId, { maxLength: 40 })
	.chain((list) => fc.tuple(fc.constant(list), fc.array(fc.nat(list.length), { maxLength: 4 })))
	.map(([list, twins]) => {
		const made = list.map((c, n) => ({ id: `c${n}`, updatedAt: c.at, ...c }));
		// A few share the moment of another, as two quick check-ins can.
		for (const n of twins) if (made[n] && made[0]) made[n].at = made[0].at;
		return made;
	});
