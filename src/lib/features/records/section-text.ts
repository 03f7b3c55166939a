import type { PlanGroup, PlanSectionId } from '$lib/domain/plan/plan-sections';

// The words of every plan section, in the person's voice: its title, what it is for, an
// example, and a label (with an optional hint) for each field. One place, for translation.

export interface FieldText {
	label: string;
	hint?: string;
	/** For a list or items field: the words of its button that adds one, as in "Add a strength". */
	add?: string;
	/** For items: the name of one item, standing in for an unnamed one ("Call contact 2"). */
	item?: string;
	/** For items: the label of each part. */
	parts?: Record<string, string>;
}

export interface SectionText {
	title: string;
	/** What the section is for, in one or two plain sentences. */
	about: string;
	example: string;
	fields: Record<string, FieldText>;
	/** Headings that break a long section into parts, each before the field it names. */
	headings?: Record<string, string>;
}

export const groupTitles: Record<PlanGroup, string> = {
	about: 'About me',
	wrap: 'Staying well (my WRAP)',
	support: 'My support',
	advance: 'My wishes in advance'
};

const notice = (what: string, hint: string): FieldText => ({
	label: what,
	hint,
	add: 'Add a sign'
});
const actions = (hint: string): FieldText => ({
	label: 'What I will do',
	hint,
	add: 'Add an action'
});

export const sectionText: Record<PlanSectionId, SectionText> = {
	'about-me': {
		title: 'About me',
		about: 'Four statements in my own words, so people who support me know me as a person first.',
		example: 'I’m a dad, a keen cook and a night owl. Being near the sea matters a lot to me.',
		fields: {
			name: { label: 'What I like to be called', hint: 'Shown on my printed plan.' },
			whoIAm: { label: 'Who I am' },
			important: { label: 'What’s important to me' },
			support: { label: 'How I wish to be supported' },
			behaviour: {
				label: 'How people behave with me',
				hint: 'What helps, and what doesn’t.'
			}
		}
	},
	strengths: {
		title: 'My strengths and resources',
		about: 'What I bring, and what I can draw on: it is easy to forget on a hard day.',
		example: 'Patient with others. Good at fixing bikes. My sister Jo. The Tuesday walking group.',
		fields: {
			strengths: { label: 'My strengths and qualities', add: 'Add a strength' },
			skills: { label: 'Skills and interests', add: 'Add a skill or interest' },
			purpose: {
				label: 'What gives me purpose and meaning',
				hint: 'Work, volunteering, study, creativity, faith, caring for others.',
				add: 'Add something that gives me purpose'
			},
			people: {
				label: 'People who support me',
				item: 'person',
				add: 'Add a person',
				parts: { name: 'Name', relationship: 'Who they are to me', contact: 'Phone number' }
			},
			places: {
				label: 'Places and groups I use',
				hint: 'Peer support, groups, advocacy, anywhere that helps.',
				add: 'Add a place or group'
			}
		}
	},
	'wellness-toolbox': {
		title: 'My wellness toolbox',
		about: 'Things that help me stay well, or feel better when I don’t.',
		example: 'A hot bath. Calling Sam. Twenty minutes outside. Music from when I was 17.',
		fields: { tools: { label: 'Things that help me', add: 'Add something that helps' } }
	},
	'when-well': {
		title: 'What I’m like when I’m well',
		about: 'A picture of me at my best, to notice when things change and to aim for.',
		example: 'Chatty, up by eight, making plans, cooking for friends.',
		fields: { like: { label: 'When I’m well, I am…', add: 'Add a description' } }
	},
	'daily-maintenance': {
		title: 'Daily maintenance',
		about: 'What I do each day to stay well, and what I might need on some days.',
		example: 'Every day: breakfast, a walk, my tablets. Some days: a nap, saying no to plans.',
		fields: {
			everyDay: { label: 'Things I do every day', add: 'Add something I do every day' },
			someDays: {
				label: 'Things I might need to do on some days',
				add: 'Add something for some days'
			}
		}
	},
	triggers: {
		title: 'Triggers',
		about: 'Things that can make me feel worse, and my plan for when they happen.',
		example: 'Anniversaries. Money worries. → Tell someone I trust, plan a quiet day.',
		fields: {
			notice: notice('What can set me back', 'Events or situations.'),
			actions: actions('When a trigger happens.')
		}
	},
	'early-warning-signs': {
		title: 'Early warning signs',
		about: 'Small signs that things are starting to change, and what I will do about them.',
		example: 'Sleeping late, skipping meals, not answering texts. → Check in with my worker.',
		fields: {
			notice: notice('Signs I notice', 'Often small, and often noticed by others first.'),
			actions: actions('When I notice these signs.')
		}
	},
	'breaking-down': {
		title: 'When things are breaking down',
		about: 'Signs that things are much worse, and what I will do to get through.',
		example: 'Not leaving the house, hearing voices more. → Call my worker today.',
		fields: {
			notice: notice('Signs things are much worse', 'What I or others would see.'),
			actions: actions('When things are this hard.')
		}
	},
	'crisis-plan': {
		title: 'My crisis plan',
		about:
			'For others to use if I cannot act for myself: what I want to happen, and who I want involved.',
		example: 'If I stop eating and speaking, please call Jo first, then my worker.',
		headings: {
			takeOver: 'When others take over',
			supporters: 'Who I want, and don’t want, involved',
			medication: 'Medication',
			careWanted: 'Treatment and care',
			placesPreferred: 'Places',
			helps: 'When others support me',
			practical: 'Practical things',
			stopUsing: 'When this plan is no longer needed'
		},
		fields: {
			takeOver: {
				label: 'Signs that others need to take over my care',
				add: 'Add a sign'
			},
			supporters: {
				label: 'My supporters',
				hint: 'Who, their role, how to reach them, what I’d like each to do.',
				item: 'supporter',
				add: 'Add a supporter',
				parts: {
					name: 'Name',
					role: 'Their role',
					phone: 'Phone number',
					asks: 'What I’d like them to do'
				}
			},
			notInvolved: {
				label: 'People I do not want involved',
				item: 'person',
				add: 'Add a person',
				parts: { name: 'Name', reason: 'Why (optional)' }
			},
			medication: {
				label: 'Medication I take',
				item: 'medicine',
				add: 'Add a medicine',
				parts: { name: 'Medicine', dose: 'Dose and when', notes: 'Notes' }
			},
			allergies: { label: 'Allergies', add: 'Add an allergy' },
			medsHelped: { label: 'Medication that has helped', add: 'Add a medicine' },
			medsAvoid: { label: 'Medication to avoid', add: 'Add a medicine' },
			careWanted: {
				label: 'Treatment and care I want',
				item: 'treatment',
				add: 'Add a treatment',
				parts: { what: 'Treatment or care', why: 'Why' }
			},
			careNotWanted: {
				label: 'Treatment and care I don’t want',
				item: 'treatment',
				add: 'Add a treatment',
				parts: { what: 'Treatment or care', why: 'Why' }
			},
			homeCare: { label: 'Home or community care I’d prefer to hospital' },
			placesPreferred: { label: 'Places I’d prefer', add: 'Add a place' },
			placesAvoid: { label: 'Places to avoid', add: 'Add a place' },
			helps: { label: 'What helps when others support me', add: 'Add something that helps' },
			doesNotHelp: { label: 'What doesn’t help', add: 'Add something that doesn’t help' },
			practical: {
				label: 'Practical things others need to do',
				hint: 'Children, pets, bills, home.',
				item: 'task',
				add: 'Add a task',
				parts: { task: 'What needs doing', who: 'Who will do it' }
			},
			stopUsing: {
				label: 'Signs my supporters no longer need this plan',
				add: 'Add a sign'
			}
		}
	},
	'post-crisis': {
		title: 'After a crisis',
		about: 'What I need as I recover from a crisis, and how I’ll know I’m back to being well.',
		example: 'A week of quiet. Someone to help with shopping. → I’m cooking again.',
		fields: {
			needs: { label: 'What I need as I recover', add: 'Add a need' },
			backToWell: { label: 'How I’ll know I’m back to being well', add: 'Add a sign' }
		}
	},
	'my-worker': {
		title: 'My worker',
		about: 'Who supports me, how and when to reach them, and who to contact when they can’t.',
		example: 'Sam Reid, community mental health nurse, weekdays 9 to 5.',
		fields: {
			name: { label: 'Name' },
			role: { label: 'Their role' },
			phone: { label: 'Phone number' },
			otherWays: { label: 'Other ways to reach them', hint: 'Email, text, a duty line.' },
			when: { label: 'When I can reach them' },
			ifUnavailable: {
				label: 'Who to contact when they are unavailable',
				item: 'contact',
				add: 'Add a contact',
				parts: { name: 'Name', role: 'Their role', phone: 'Phone number' }
			}
		}
	},
	'crisis-numbers': {
		title: 'Crisis and out-of-hours numbers',
		about: 'Numbers to call when I need help now. Each one calls with a single tap.',
		example: 'Samaritans, 116 123, any time. Crisis team, out of hours.',
		fields: {
			numbers: {
				label: 'Numbers',
				item: 'number',
				add: 'Add a number',
				parts: { label: 'Who it is', number: 'Phone number', when: 'When to call' }
			}
		}
	},
	involved: {
		title: 'Who I want involved',
		about:
			'Who I want involved in discussions about my care, what each may know, and who I don’t want involved.',
		example: 'My partner Alex: may know everything. My employer: nothing about my health.',
		fields: {
			involved: {
				label: 'People I want involved',
				item: 'person',
				add: 'Add a person',
				parts: { name: 'Name', relationship: 'Who they are to me', mayKnow: 'What they may know' }
			},
			notInvolved: {
				label: 'People I don’t want involved',
				item: 'person',
				add: 'Add a person',
				parts: { name: 'Name', note: 'Note (optional)' }
			}
		}
	},
	'advance-statement': {
		title: 'My advance statement',
		about:
			'How I wish, and do not wish, to be treated if I become unwell and cannot decide for myself, with my reasons. It can be printed, signed and witnessed.',
		example:
			'I would like to be treated at home if possible, because being in my own space calms me.',
		headings: {
			fullName: 'Who this statement is about',
			wishes: 'My wishes',
			signedOn: 'Signing, witness and copies'
		},
		fields: {
			fullName: {
				label: 'My full name',
				hint: 'As it is on my medical records. It is printed on the statement.'
			},
			birthDate: { label: 'My date of birth' },
			nhsNumber: {
				label: 'My NHS number (optional)',
				hint: 'Ten digits, on letters from the NHS and in the NHS App.'
			},
			wishes: { label: 'How I wish to be treated' },
			notWishes: { label: 'How I do not wish to be treated' },
			reasons: { label: 'My reasons' },
			tell: { label: 'Who to tell', add: 'Add a person' },
			notTell: { label: 'Who not to tell', add: 'Add a person' },
			practical: { label: 'Other wishes and practical arrangements' },
			signedOn: { label: 'Date I signed it' },
			witnessName: { label: 'Witness’s name' },
			witnessRole: { label: 'Witness’s role', hint: 'In Scotland, a prescribed person.' },
			witnessedOn: { label: 'Date it was witnessed' },
			copies: {
				label: 'Who holds a copy',
				item: 'copy',
				add: 'Add someone who holds a copy',
				parts: { who: 'Who', where: 'Where they keep it' }
			}
		}
	}
};
