import 'fake-indexeddb/auto';
import { deriveKeyFromPassphrase, minimumCost } from '../../../src/lib/crypto/kdf';
import { createKeyring } from '../../../src/lib/crypto/keyring';
import { newRecordId } from '../../../src/lib/crypto/record-id';
import { generateRecoveryKey } from '../../../src/lib/crypto/recovery-key';
import { checkinsKind, checkinYear, type Checkin } from '../../../src/lib/domain/journey/checkin';
import { dayOf, addDays } from '../../../src/lib/domain/journey/days';
import { goalKind } from '../../../src/lib/domain/journey/goal';
import { goalJourneyKind, type JourneyEntry } from '../../../src/lib/domain/journey/goal-journey';
import { reviewKind } from '../../../src/lib/domain/journey/review';
import { sessionNoteKind } from '../../../src/lib/domain/journey/session-note';
import { unmetNeedsKind } from '../../../src/lib/domain/journey/unmet-needs';
import { journalEntryKind } from '../../../src/lib/domain/journal/journal-entry';
import { findSection } from '../../../src/lib/domain/plan/plan-sections';
import { writeBackupFile } from '../../../src/lib/vault/backup-file';
import { Repository } from '../../../src/lib/vault/repository';
import { defineDatabase } from '../../../src/lib/vault/schema';

/**
 * A `.waymark` backup of a journal with something written everywhere: every plan section (a
 * crisis plan with people and phone numbers), a goal with progress, a month of check-ins, a
 * session note, a review, unmet needs and a journal entry. It is written in Node through the
 * app's own repository (over fake-indexeddb), so ids, kind tags and padding are exactly the
 * app's, and restored through the welcome screen: typing all of it would take minutes.
 */

const list = (...texts: string[]) => texts.map((text) => ({ id: newRecordId(), text }));
const items = (...parts: Record<string, string>[]) =>
	parts.map((part) => ({ id: newRecordId(), ...part }));
const stage = (noticed: string[], actions: string[]) => ({
	notice: list(...noticed),
	actions: list(...actions)
});

const plan: Record<string, Record<string, unknown>> = {
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

export async function seedJournalBackup(passphrase: string, now = new Date()): Promise<string> {
	const { keys, dataKey } = await createKeyring(passphrase, generateRecoveryKey().secret, {
		cost: minimumCost,
		derive: deriveKeyFromPassphrase
	});
	const db = defineDatabase(undefined, `seed-${newRecordId()}`);
	await db.open();
	const records = new Repository(db, dataKey);
	for (const [id, data] of Object.entries(plan)) await records.create(findSection(id)!.kind, data);

	const today = dayOf(now);
	const goal = await records.create(goalKind, {
		title: 'Get back to the allotment three times a week',
		why: 'Growing things is when I feel most like myself.',
		steps: [
			{ id: newRecordId(), text: 'Go once with Amir', done: true },
			{ id: newRecordId(), text: 'Go on my own for an hour', done: false }
		],
		support: [{ id: newRecordId(), what: 'A lift on Saturdays', who: 'Amir' }],
		targetDate: addDays(today, 90),
		status: 'working',
		risks: [{ id: newRecordId(), risk: 'Overdoing it', plan: 'Stop after two hours.' }]
	});
	const journey: JourneyEntry[] = [
		[20, 2],
		[10, 4],
		[3, 6]
	].map(([ago, scale]) => {
		const at = new Date(now.getTime() - ago * 86_400_000).toISOString();
		return {
			id: newRecordId(),
			at,
			updatedAt: at,
			type: 'progress',
			on: addDays(today, -ago),
			scale,
			note: 'Went with Amir and planted the broad beans.'
		};
	});
	await records.gather(goalJourneyKind(goal.id), () => ({ entries: journey }));

	const checkins: Checkin[] = Array.from({ length: 24 }, (_, n) => {
		const at = new Date(now.getTime() - (24 - n) * 86_400_000 - 3_600_000).toISOString();
		const score = (k: number) => 1 + ((n + k) % 5);
		return {
			id: newRecordId(),
			at,
			updatedAt: at,
			scores: { mood: score(0), sleep: score(2), hope: score(1), connection: score(3) },
			ticked: [],
			helped: n % 3 === 0 ? 'A long walk with Pepper along the canal' : '',
			note: n % 4 === 0 ? 'A slow morning, better after lunch with Jo.' : ''
		};
	});
	for (const year of new Set(checkins.map((c) => checkinYear(c.at))))
		await records.gather(checkinsKind(year), () => ({
			entries: checkins.filter((c) => checkinYear(c.at) === year)
		}));

	await records.create(sessionNoteKind, {
		date: addDays(today, -7),
		who: 'Chris Okonkwo-Fairweather (care coordinator)',
		talkedAbout: 'How the allotment is going, and sleeping better since the new routine.',
		goals: [goal.id],
		agreed: 'Try going on my own once before we next meet.',
		nextDate: addDays(today, 14)
	});
	await records.create(reviewKind, {
		date: addDays(today, -30),
		full: true,
		wentWell: 'Fewer bad nights, and I went back to the garden.',
		needsChanged: 'I need help with letters from the benefits office.',
		planChanges: 'Added Amir to the people who help me.',
		nextDate: addDays(today, 60)
	});
	await records.create(unmetNeedsKind, {
		needs: list('Help opening and answering letters from the benefits office')
	});
	await records.create(journalEntryKind, {
		title: 'A good Saturday at the community garden',
		text: 'Amir picked me up at nine. We planted broad beans and talked about nothing much. I came home tired in the good way.',
		mood: 'Content',
		links: [],
		pinned: false
	});

	const [rows, revisions] = await Promise.all([db.records.toArray(), db.revisions.toArray()]);
	db.close();
	return writeBackupFile(keys, rows, revisions, now);
}
