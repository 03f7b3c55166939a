// Three summaries a person might share, written out in full so every run measures the same words:
// the link's length and the time to seal it depend on how much text there is and how well it
// compresses, so the text reads like a real recovery plan (repeated filler would deflate far
// better than anything a person writes). Only `created` varies, because the view refuses a link
// whose expiry has passed; its digits deflate a little differently each time, so a link's length
// moves by a character or two between runs, no more.

const dayMs = 86_400_000;
const expiryDays = 14;

const h = (t) => ({ k: 'h', t });
const p = (t) => ({ k: 'p', t });
const note = (t) => ({ k: 'note', t });
const ul = (...i) => ({ k: 'ul', i });
const parts = (...i) => ({ k: 'parts', i });
const table = (cap, c, r) => ({ k: 'table', cap, c, r });
const section = (id, title, ...b) => ({ id, title, b });

// The plan's sections, as the app lays out a plan section: a heading per field, then its words.

const aboutMe = section(
	'about-me',
	'About me',
	h('Who I am'),
	p(
		'I am Alex, I am 34 and I live with my partner Sam and our dog in a flat near the park. I work three days a week at the garden centre and I used to play bass in a band.'
	),
	h('What is important to me'),
	p(
		'Being outdoors, keeping my job, and seeing my niece on Sundays. I want to be treated as someone who knows himself, not just as a diagnosis.'
	),
	h('How to support me'),
	p(
		'Talk to me plainly and give me time to answer. If I go quiet, it usually means I am thinking, not that I am angry. Short text messages work better for me than phone calls.'
	),
	h('What my behaviour might mean'),
	p(
		'When I stop answering messages and start staying up all night, it often means my mood is dropping. Pacing and talking fast can mean I am very anxious rather than excited.'
	)
);

const strengthsList = [
	'I keep going even when things are hard',
	'I am good with plants and animals',
	'I can make people laugh',
	'I notice when friends are struggling',
	'I ask for help sooner than I used to'
];

const smallStrengths = section('strengths', 'Strengths', h('My strengths'), ul(...strengthsList));

const strengths = section(
	'strengths',
	'Strengths',
	h('My strengths'),
	ul(...strengthsList),
	h('Skills I have'),
	ul('Growing vegetables from seed', 'Playing bass guitar', 'Cooking for a crowd'),
	h('What gives me purpose'),
	ul('My niece', 'The community garden', 'Helping at the Tuesday walking group'),
	h('People who help me'),
	parts(
		[
			['Name', 'Sam'],
			['Relationship', 'Partner'],
			['Contact', '07700 900123']
		],
		[
			['Name', 'Priya'],
			['Relationship', 'Sister'],
			['Contact', '07700 900456']
		]
	),
	h('Places that help me'),
	ul('The park at sunrise', 'The allotment', 'My sister’s kitchen')
);

/** A WRAP stage: what I notice, what I will do. */
const stage = (id, title, notice, actions) =>
	section(id, title, h('What I notice'), ul(...notice), h('What I will do'), ul(...actions));

const earlyWarningSigns = stage(
	'early-warning-signs',
	'Early warning signs',
	[
		'Sleeping less than five hours for a few nights',
		'Not answering my phone or opening post',
		'Skipping meals and drinking more coffee',
		'Feeling that everyone is talking about me',
		'Losing interest in the garden'
	],
	[
		'Tell Sam how I am feeling, even if it is only a text',
		'Go back to my bedtime routine: no screens after ten',
		'Book an appointment with my GP or call my care coordinator',
		'Do one small thing outside every day, even just the shop',
		'Use the breathing exercise from my toolbox twice a day'
	]
);

const wellnessToolbox = section(
	'wellness-toolbox',
	'Wellness toolbox',
	h('Things that help me stay well'),
	ul(
		'A walk in the park before work',
		'Working on the allotment',
		'Playing music loudly while I cook',
		'The breathing exercise: in for four, hold for four, out for six',
		'Calling Priya for a chat',
		'Writing three good things in my journal at night',
		'A hot bath and an early night',
		'Taking my medication at the same time each day',
		'Stroking Biscuit and taking him for a long walk when my head is busy',
		'Listening to the same album I listened to when I first got better',
		'Turning my phone off for an hour in the evening'
	)
);

const whenWell = section(
	'when-well',
	'When I am well',
	h('What I am like when I am well'),
	ul(
		'Chatty and curious, full of plans for the garden',
		'I get up at seven without an alarm',
		'I make time for friends and answer messages the same day',
		'I cook proper meals and enjoy them',
		'I can laugh at myself when things go wrong'
	)
);

const dailyMaintenance = section(
	'daily-maintenance',
	'Daily maintenance',
	h('Every day'),
	ul(
		'Get up by eight and open the curtains',
		'Eat breakfast, even if it is just toast',
		'Take my tablets with breakfast',
		'Spend at least twenty minutes outside',
		'Check in with Sam in the evening about how the day went'
	),
	h('Some days'),
	ul(
		'Go to the Tuesday walking group',
		'Tidy one room',
		'Ring my mum on Sundays',
		'Do the weekly shop with a list so it does not overwhelm me',
		'See a friend for coffee, even when I would rather stay in'
	)
);

const triggers = stage(
	'triggers',
	'Triggers',
	[
		'Letters from the benefits office',
		'Arguments, especially about money',
		'The anniversary of my dad’s death in November',
		'Crowded places like the shopping centre on a Saturday',
		'Being left out of plans at work'
	],
	[
		'Open difficult post with Sam, not alone',
		'Take a break and go for a walk before carrying on an argument',
		'Plan something gentle for the anniversary and tell people in advance',
		'Shop early in the morning or online',
		'Talk to my manager about how I am feeling rather than stewing on it'
	]
);

const breakingDown = stage(
	'breaking-down',
	'When things are breaking down',
	[
		'Not sleeping at all for two nights or more',
		'Hearing criticism in my head most of the day',
		'Thinking that people would be better off without me',
		'Not leaving the flat for several days'
	],
	[
		'Ring my care coordinator the same day, or the crisis line out of hours',
		'Let Sam hold on to my medication so I am not alone with it',
		'Stay with Priya for a few nights if I can',
		'Cancel anything that is not essential and focus on eating and sleeping'
	]
);

const crisisPlan = section(
	'crisis-plan',
	'Crisis plan',
	h('Others should take over when'),
	ul(
		'I have not slept or eaten properly for three days',
		'I talk about ending my life or have a plan',
		'I cannot look after the dog or myself'
	),
	h('Supporters'),
	parts(
		[
			['Name', 'Sam'],
			['Role', 'Partner'],
			['Phone', '07700 900123'],
			['What I ask of them', 'Stay with me, ring the crisis team, look after the dog']
		],
		[
			['Name', 'Priya'],
			['Role', 'Sister'],
			['Phone', '07700 900456'],
			['What I ask of them', 'Let me stay with her and come to appointments with me']
		],
		[
			['Name', 'Dr Okafor'],
			['Role', 'GP'],
			['Phone', '020 7946 0321'],
			['What I ask of them', 'Review my medication and speak to the crisis team']
		]
	),
	h('Not involved'),
	parts([
		['Name', 'My uncle Dave'],
		['Reason', 'He does not understand and it makes things worse']
	]),
	h('Medication'),
	parts(
		[
			['Name', 'Sertraline'],
			['Dose', '100 mg in the morning'],
			['Notes', 'Works well; makes me a bit shaky for the first hour']
		],
		[
			['Name', 'Zopiclone'],
			['Dose', '3.75 mg when needed'],
			['Notes', 'Only for a few nights at a time']
		]
	),
	h('Allergies'),
	ul('Penicillin: rash and swelling'),
	h('Medication that has not helped'),
	ul('Olanzapine: I put on a lot of weight and felt flat'),
	h('Care I want'),
	parts([
		['What', 'Home treatment team visits'],
		['Why', 'Being at home with Sam and the dog helps me recover faster']
	]),
	h('Care I do not want'),
	parts([
		['What', 'Admission to the ward on Elm Road'],
		['Why', 'I had a frightening stay there in 2019']
	]),
	h('What helps in a crisis'),
	ul(
		'Speak calmly and slowly',
		'Sit with me rather than standing over me',
		'Remind me that this has passed before'
	),
	h('What does not help'),
	ul('Lots of questions at once', 'Being told to cheer up', 'Raised voices'),
	h('Care at home'),
	p(
		'If I am treated at home, I would like visits in the late morning, as I am at my worst first thing. Please knock and wait rather than ringing lots of times, and talk to me in the kitchen rather than the bedroom.'
	),
	h('Places I would prefer'),
	ul('At home with Sam', 'Priya’s house in Leyton', 'The crisis house on Station Road'),
	h('Places to avoid'),
	ul('The ward on Elm Road', 'My mum’s flat, as it is too small and too tense'),
	h('Practical things'),
	parts(
		[
			['Task', 'Walk and feed the dog, Biscuit'],
			['Who', 'Sam, or Priya if Sam is away']
		],
		[
			['Task', 'Tell the garden centre I am off sick'],
			['Who', 'Sam']
		],
		[
			['Task', 'Water the allotment and the seedlings on the windowsill'],
			['Who', 'Marek, my allotment neighbour']
		]
	),
	h('This plan no longer applies when'),
	ul(
		'I have slept six hours or more for three nights in a row',
		'I am eating regular meals again',
		'I can say for myself what I need'
	)
);

const postCrisis = section(
	'post-crisis',
	'After a crisis',
	h('What I need'),
	ul(
		'A quiet week with only one plan a day',
		'Someone to help me catch up on post and bills',
		'A phased return to work, starting with two mornings'
	),
	h('Signs I am getting back to well'),
	ul(
		'Sleeping through the night',
		'Wanting to go to the allotment again',
		'Cooking for Sam',
		'Replying to messages from friends',
		'Thinking about the future without dread'
	)
);

const myWorker = section(
	'my-worker',
	'My worker',
	parts([
		['Name', 'Jo Hughes'],
		['Role', 'Care coordinator'],
		['Phone', '020 7946 0888'],
		['Other ways', 'Text message to the team mobile'],
		['When', 'Monday to Friday, 9 to 5']
	]),
	h('If they are unavailable'),
	parts([
		['Name', 'Duty worker'],
		['Role', 'Community mental health team'],
		['Phone', '020 7946 0800']
	])
);

const crisisNumbers = section(
	'crisis-numbers',
	'Crisis numbers',
	parts(
		[
			['Label', 'Crisis line'],
			['Number', '0800 123 4567'],
			['When', 'Any time, day or night']
		],
		[
			['Label', 'Samaritans'],
			['Number', '116 123'],
			['When', 'Any time']
		],
		[
			['Label', 'NHS 111'],
			['Number', '111'],
			['When', 'Urgent but not an emergency']
		]
	)
);

const involved = section(
	'involved',
	'Who is involved',
	parts(
		[
			['Name', 'Sam'],
			['Relationship', 'Partner'],
			['May know', 'Everything in this plan']
		],
		[
			['Name', 'Priya'],
			['Relationship', 'Sister'],
			['May know', 'My crisis plan and medication']
		],
		[
			['Name', 'Jo Hughes'],
			['Relationship', 'Care coordinator'],
			['May know', 'Everything, and may share it with the crisis team']
		]
	),
	h('Not to be involved'),
	parts([
		['Name', 'My uncle Dave'],
		['Note', 'Please do not tell him if I am unwell or where I am staying']
	])
);

const advanceStatement = section(
	'advance-statement',
	'Advance statement',
	h('My wishes'),
	p(
		'If I become unwell and cannot make decisions, I would like to be treated at home if it is safe. Please contact Sam first, then Priya. I would like to keep taking sertraline unless a doctor explains a clear reason to change it.'
	),
	h('What I do not want'),
	p('I do not want olanzapine again, and I do not want to be admitted to the ward on Elm Road.'),
	h('My reasons'),
	p(
		'Olanzapine made me gain three stone and I felt like a zombie for months. Being at home with people I trust is what has helped me recover before.'
	),
	h('Who may be told'),
	ul('Sam', 'Priya', 'My GP, Dr Okafor', 'My manager, only that I am off sick'),
	h('Who may not be told'),
	ul('My uncle Dave', 'My landlord'),
	h('Practical matters'),
	p(
		'Biscuit the dog needs feeding twice a day and a walk morning and evening. Rent is paid by direct debit.'
	),
	note('Signed on 12 February 2025, witnessed by Jo Hughes, care coordinator'),
	h('Copies'),
	parts(
		[
			['Who', 'Sam'],
			['Where', 'The drawer by the front door']
		],
		[
			['Who', 'Community mental health team'],
			['Where', 'My electronic record']
		]
	)
);

// What the app adds from the journey: goals, check-in trends, sessions, needs, words for a review.

const goals = section(
	'goals',
	'Goals',
	h('Go back to work full time'),
	note('Working on it · started 6 January 2025'),
	h('Join a band again'),
	note('Working on it · started 3 February 2025'),
	h('Sleep seven hours most nights'),
	note('Achieved on 28 March 2025'),
	table(
		'Progress on my goals since the last review, out of 10',
		['Date', 'Goal', 'Score', 'Note'],
		[
			['7 Jan', 'Work', '3', 'Talked to my manager about a phased return'],
			['14 Jan', 'Work', '4', 'Did two full days this week'],
			['21 Jan', 'Work', '4', 'Tired but managed it'],
			['4 Feb', 'Band', '2', 'Looked at adverts for bass players'],
			['11 Feb', 'Sleep', '5', 'Five nights of six hours or more'],
			['18 Feb', 'Work', '5', 'Three full days'],
			['25 Feb', 'Band', '3', 'Emailed a band that rehearses nearby'],
			['4 Mar', 'Sleep', '6', 'Stopped using my phone in bed'],
			['11 Mar', 'Work', '6', 'Asked about four days from April'],
			['18 Mar', 'Band', '5', 'Went to my first rehearsal'],
			['25 Mar', 'Sleep', '8', 'Seven hours most nights this week'],
			['1 Apr', 'Work', '7', 'Four days agreed from next month']
		]
	),
	h('Setback'),
	parts([
		['When', '26 January 2025'],
		['What happened', 'A row about money, and I did not sleep for two nights'],
		['What helped', 'Talking it through with Sam the next day'],
		['What got in the way', 'Being too tired to go for my walk'],
		['What I learnt', 'To open the bank statements together, not on my own']
	])
);

/** '6 Jan' for days after 6 January 2025: fixed dates, so the text is the same on every run. */
const shortDay = (days) =>
	new Date(Date.UTC(2025, 0, 6) + days * dayMs).toLocaleDateString('en-GB', {
		day: 'numeric',
		month: 'short',
		timeZone: 'UTC'
	});

/** Thirteen weeks of averaged check-ins; the figures follow a plain pattern, no randomness. */
function weeklyTrends() {
	const rows = [];
	for (let week = 0; week < 13; week++) {
		const score = (base, swing) => (base + ((week * swing + 3) % 13) / 8).toFixed(1);
		rows.push([shortDay(week * 7), score(2.4, 3), score(2.1, 5), score(2.8, 2), score(2.6, 4)]);
	}
	return rows;
}

const checkinTrends = section(
	'checkin-trends',
	'Check-ins',
	note('83 check-ins from 6 January to 6 April 2025'),
	table(
		'Weekly average of my check-ins, 1 to 5',
		['Week of', 'Mood', 'Sleep', 'Hope', 'Connection'],
		weeklyTrends()
	)
);

const agreements = [
	'Try the walking group on Tuesday and tell Jo how it went',
	'Ask the GP about moving my sertraline to the evening',
	'Write down three things each night that went well',
	'Phone the benefits office with Sam on speaker',
	'Look into the music project at the community centre',
	'Keep a sleep diary for two weeks',
	'Talk to my manager about four days from April',
	'Plan something gentle for the anniversary in November',
	'Open the bank statements with Sam on Sunday mornings',
	'Bring my plan to the review and go through the crisis section'
];

const sessions = section(
	'sessions',
	'Sessions',
	note('10 sessions since the last review'),
	table(
		'What we agreed at each session',
		['Date', 'With', 'We agreed'],
		agreements.map((agreed, n) => [shortDay(n * 9), 'Jo Hughes', agreed])
	)
);

const unmetNeeds = section(
	'unmet-needs',
	'Needs not yet met',
	ul(
		'Help with debt: I am behind on the electricity bill',
		'Somewhere to play music that is not too loud for the neighbours',
		'A dentist who takes NHS patients'
	)
);

const talkAbout = section(
	'talk-about',
	'What I would like to talk about',
	p(
		'I would like to talk about going up to four days at work, and whether the band is too much on top of that. I also want to check my crisis plan still has the right numbers, and ask whether the home treatment team could be named in it.'
	)
);

/** A summary as the app would make it, expiring after the default two weeks. */
function summary(sections, created) {
	return {
		v: 1,
		kind: 'summary',
		name: 'Alex',
		created,
		expires: created + expiryDays * dayMs,
		s: sections
	};
}

export const summaries = {
	/** One section: a list of five strengths. */
	small: (created) => summary([smallStrengths], created),
	/** What a person typically shares before an appointment. */
	typical: (created) => summary([aboutMe, strengths, earlyWarningSigns, goals], created),
	/** Every plan section, and everything the journey adds. */
	full: (created) =>
		summary(
			[
				aboutMe,
				strengths,
				wellnessToolbox,
				whenWell,
				dailyMaintenance,
				triggers,
				earlyWarningSigns,
				breakingDown,
				crisisPlan,
				postCrisis,
				myWorker,
				crisisNumbers,
				involved,
				advanceStatement,
				goals,
				checkinTrends,
				sessions,
				unmetNeeds,
				talkAbout
			],
			created
		)
};

/** Characters of words in a section: headings, text, list items, parts and table cells. */
export function textChars(section) {
	const words = (value) =>
		typeof value === 'string'
			? value.length
			: Array.isArray(value)
				? value.reduce((n, v) => n + words(v), 0)
				: 0;
	return section.b.reduce((n, b) => n + words(b.t) + words(b.i) + words(b.r), words(section.title));
}
