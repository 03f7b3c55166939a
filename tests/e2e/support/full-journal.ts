import type { PlanSectionId } from '../../../src/lib/domain/plan/plan-sections';
import { items, list, type JournalWriter } from './journal-writer';

/**
 * A journal with something written everywhere: every field of every plan section (a crisis plan
 * with people and phone numbers), a goal with progress, a month of check-ins, a session note, a
 * review, unmet needs and a journal entry. Typing all of it would take minutes; tests about
 * layout and accessibility start from it (`seed(fullJournal)`).
 */

const stage = (noticed: string[], actions: string[]) => ({
	notice: list(...noticed),
	actions: list(...actions)
});

export const fullPlan: Record<PlanSectionId, Record<string, unknown>> = {
	'about-me': {
		name: 'Sam',
		whoIAm:
			'I am a gardener, a brother and a stubborn optimist. I have lived with bipolar disorder since I was nineteen and I know a lot about what keeps me well.',
		important:
			'My allotment, my dog Pepper, Sunday phone calls with my sister Jo, and being treated as someone who understands their own mind.',
		support:
			'Speak to me plainly and give me time to answer. Write things down for me when I am tired, because I forget what was said.',
		behaviour: 'Please do not talk about me as if I am not in the room. Knock before coming in.'
	},
	strengths: {
		strengths: list('Patient with plants and people', 'I keep going when things are hard'),
		skills: list('Growing vegetables from seed', 'Cooking for a crowd'),
		purpose: list('Helping at the community garden on Saturdays'),
		people: items(
			{ name: 'Jo', relationship: 'My sister', contact: '07700 900123' },
			{ name: 'Amir', relationship: 'Friend from the allotment', contact: '07700 900456' }
		),
		places: list('The canal path at dawn', 'The library reading room')
	},
	'wellness-toolbox': {
		tools: list(
			'A walk along the canal without my phone',
			'Twenty minutes of weeding',
			'Calling Jo'
		)
	},
	'when-well': { like: list('Chatty, curious and making plans for the garden', 'Sleeping well') },
	'daily-maintenance': {
		everyDay: list('Take my medication at 8am and 9pm', 'Walk Pepper twice', 'Eat breakfast'),
		someDays: list('Go to the allotment', 'Write in my journal before bed')
	},
	triggers: stage(
		['Anniversaries of my dad’s death', 'Letters from the benefits office'],
		['Open letters with Jo on the phone', 'Plan something kind for the day']
	),
	'early-warning-signs': stage(
		['Sleeping less than five hours and not feeling tired', 'Spending money I do not have'],
		['Tell my care coordinator the same week', 'Give my bank card to Jo for a while']
	),
	'breaking-down': stage(
		['Not eating for a day or more', 'Hearing criticism that nobody said'],
		['Call the crisis team', 'Stay with Jo']
	),
	'crisis-plan': {
		takeOver: list('Not sleeping at all for two nights', 'Talking about not being here'),
		supporters: items(
			{
				name: 'Jo (sister)',
				role: 'Next of kin, lives ten minutes away',
				phone: '07700 900123',
				asks: 'Looks after Pepper and talks to the ward for me.'
			},
			{
				name: 'Dr Priya Raghunathan',
				role: 'Consultant psychiatrist, community mental health team',
				phone: '0800 123 4567 ext 2',
				asks: 'Decides about changes to my medication.'
			}
		),
		notInvolved: items({ name: 'My uncle Trevor', reason: 'He makes things worse.' }),
		medication: items({
			name: 'Lithium carbonate',
			dose: '800 mg at night',
			notes: 'Blood levels every three months.'
		}),
		allergies: list('Penicillin (rash)'),
		medsHelped: list('Quetiapine for sleep in a crisis'),
		medsAvoid: list('Haloperidol: it made me very stiff'),
		careWanted: items({ what: 'Home treatment team visits', why: 'I recover faster at home.' }),
		careNotWanted: items({ what: 'Being restrained', why: 'It is traumatising for me.' }),
		homeCare: 'Jo can stay with me, and the home treatment team visits once a day.',
		placesPreferred: list('Willow Ward, St Anne’s Hospital'),
		placesAvoid: list('Out-of-area placements'),
		helps: list('A quiet room, dim light, someone sitting with me'),
		doesNotHelp: list('Lots of people talking at once'),
		practical: items({ task: 'Feed and walk Pepper', who: 'Jo' }),
		stopUsing: list('Sleeping a full night three nights running')
	},
	'post-crisis': {
		needs: list('A phased return to the garden', 'A review with my care coordinator'),
		backToWell: list('Cook a proper meal', 'See friends at the allotment')
	},
	'my-worker': {
		name: 'Chris Okonkwo-Fairweather',
		role: 'Care coordinator, North Community Mental Health Team',
		phone: '0161 496 0000 ext 4412',
		otherWays: 'chris.okonkwo-fairweather@example.nhs.uk',
		when: 'Monday to Friday, 9am to 5pm',
		ifUnavailable: items({ name: 'Duty worker', role: 'Duty team', phone: '0161 496 0001' })
	},
	'crisis-numbers': {
		numbers: items(
			{ label: 'Crisis team', number: '0800 953 0285', when: 'Any time, day or night' },
			{ label: 'Samaritans', number: '116 123', when: 'When I need to talk' }
		)
	},
	involved: {
		involved: items({
			name: 'Jo',
			relationship: 'Sister',
			mayKnow: 'Everything about my plan and my medication.'
		}),
		notInvolved: items({ name: 'My employer', note: 'Only that I am unwell, nothing more.' })
	},
	'advance-statement': {
		wishes: 'I would like to be treated at home by the home treatment team whenever possible.',
		notWishes: 'I do not want haloperidol, because it made me very stiff last time.',
		reasons: 'I have recovered faster at home each time.',
		tell: list('Jo, my sister'),
		notTell: list('My uncle Trevor'),
		practical: 'Jo has a key and looks after Pepper.',
		signedOn: '2026-03-14',
		witnessName: 'Chris Okonkwo-Fairweather',
		witnessRole: 'Care coordinator',
		witnessedOn: '2026-03-14',
		copies: items({ who: 'My GP', where: 'On my record at the Park Road surgery' })
	}
};

/** The parts of the advance statement that say who it is about, added after the first release. */
export const whoTheStatementIsAbout = {
	fullName: 'Samuel Jonathan Reid',
	birthDate: '1986-05-21',
	nhsNumber: '943 476 5919'
};

export async function fullJournal(j: JournalWriter) {
	for (const [id, data] of Object.entries(fullPlan)) await j.plan(id as PlanSectionId, data);
	const ago = (days: number, hours = 0) =>
		new Date(j.now.getTime() - days * 86_400_000 - hours * 3_600_000);

	const goal = await j.goal({
		title: 'Get back to the allotment three times a week',
		why: 'Growing things is when I feel most like myself.',
		steps: [
			{ id: 'step-1', text: 'Go once with Amir', done: true },
			{ id: 'step-2', text: 'Go on my own for an hour', done: false }
		],
		support: [{ id: 'support-1', what: 'A lift on Saturdays', who: 'Amir' }],
		targetDate: j.day(90),
		status: 'working',
		risks: [{ id: 'risk-1', risk: 'Overdoing it', plan: 'Stop after two hours.' }],
		journey: [20, 10, 3].map((days, n) => ({
			type: 'progress' as const,
			on: j.day(-days),
			scale: [2, 4, 6][n],
			note: 'Went with Amir and planted the broad beans.'
		}))
	});

	await j.checkins(
		Array.from({ length: 24 }, (_, n) => {
			const score = (k: number) => 1 + ((n + k) % 5);
			return {
				at: ago(24 - n, 1),
				scores: { mood: score(0), sleep: score(2), hope: score(1), connection: score(3) },
				helped: n % 3 === 0 ? 'A long walk with Pepper along the canal' : '',
				note: n % 4 === 0 ? 'A slow morning, better after lunch with Jo.' : ''
			};
		})
	);

	await j.session({
		date: j.day(-7),
		who: 'Chris Okonkwo-Fairweather (care coordinator)',
		talkedAbout: 'How the allotment is going, and sleeping better since the new routine.',
		goals: [goal],
		agreed: 'Try going on my own once before we next meet.',
		nextDate: j.day(14)
	});
	await j.review({
		date: j.day(-30),
		full: true,
		wentWell: 'Fewer bad nights, and I went back to the garden.',
		needsChanged: 'I need help with letters from the benefits office.',
		planChanges: 'Added Amir to the people who help me.',
		nextDate: j.day(60)
	});
	await j.unmetNeeds('Help opening and answering letters from the benefits office');
	await j.entry({
		title: 'A good Saturday at the community garden',
		text: 'Amir picked me up at nine. We planted broad beans and talked about nothing much. I came home tired in the good way.',
		mood: 'Content'
	});
	return { goal };
}
