import { defineSingleKind, type RecordKind } from '$lib/domain/record-kind';
import { sectionSchema, type Fields, type SectionData } from './plan-fields';

// Every section of the recovery plan (plan-content.md sections 1, 2, 3, 6 and 7), by structure
// only: the words on screen live with the plan feature. Ids and field keys are stored, so they
// never change once released; a new field may be added at any time.

const list = { type: 'list' } as const;
const text = { type: 'text' } as const;
const line = { type: 'line' } as const;
const tel = { type: 'tel' } as const;
const date = { type: 'date' } as const;
const items = <P extends Record<string, 'line' | 'tel' | 'text'>>(parts: P) =>
	({ type: 'items', parts }) as const;

/** What I notice, and what I will do: each WRAP stage from triggers on. */
const stage = { notice: list, actions: list } as const;

export const planGroups = ['about', 'wrap', 'support', 'advance'] as const;
export type PlanGroup = (typeof planGroups)[number];

function section<const I extends string, const F extends Fields>(
	id: I,
	group: PlanGroup,
	fields: F
) {
	const kind: RecordKind<SectionData<F>> = defineSingleKind(`plan:${id}`, sectionSchema(fields));
	return { id, group, fields, kind };
}

const sections = [
	section('about-me', 'about', {
		name: line,
		whoIAm: text,
		important: text,
		support: text,
		behaviour: text
	}),
	section('strengths', 'about', {
		strengths: list,
		skills: list,
		purpose: list,
		people: items({ name: 'line', relationship: 'line', contact: 'tel' }),
		places: list
	}),
	section('wellness-toolbox', 'wrap', { tools: list }),
	section('when-well', 'wrap', { like: list }),
	section('daily-maintenance', 'wrap', { everyDay: list, someDays: list }),
	section('triggers', 'wrap', stage),
	section('early-warning-signs', 'wrap', stage),
	section('breaking-down', 'wrap', stage),
	section('crisis-plan', 'wrap', {
		takeOver: list,
		supporters: items({ name: 'line', role: 'line', phone: 'tel', asks: 'text' }),
		notInvolved: items({ name: 'line', reason: 'text' }),
		medication: items({ name: 'line', dose: 'line', notes: 'text' }),
		allergies: list,
		medsHelped: list,
		medsAvoid: list,
		careWanted: items({ what: 'text', why: 'text' }),
		careNotWanted: items({ what: 'text', why: 'text' }),
		homeCare: text,
		placesPreferred: list,
		placesAvoid: list,
		helps: list,
		doesNotHelp: list,
		practical: items({ task: 'text', who: 'line' }),
		stopUsing: list
	}),
	section('post-crisis', 'wrap', { needs: list, backToWell: list }),
	section('my-worker', 'support', {
		name: line,
		role: line,
		phone: tel,
		otherWays: line,
		when: line,
		ifUnavailable: items({ name: 'line', role: 'line', phone: 'tel' })
	}),
	section('crisis-numbers', 'support', {
		numbers: items({ label: 'line', number: 'tel', when: 'line' })
	}),
	section('involved', 'support', {
		involved: items({ name: 'line', relationship: 'line', mayKnow: 'text' }),
		notInvolved: items({ name: 'line', note: 'text' })
	}),
	section('advance-statement', 'advance', {
		// Who the statement is about, as on medical records: added after the first release, so
		// optional like every field, and printed in place of the name the person likes to be called.
		fullName: line,
		birthDate: date,
		nhsNumber: line,
		wishes: text,
		notWishes: text,
		reasons: text,
		tell: list,
		notTell: list,
		practical: text,
		signedOn: date,
		witnessName: line,
		witnessRole: line,
		witnessedOn: date,
		copies: items({ who: 'line', where: 'line' })
	})
] as const;

export type PlanSectionId = (typeof sections)[number]['id'];

/** A section as code that handles any of them sees it. */
export interface PlanSection {
	id: PlanSectionId;
	group: PlanGroup;
	fields: Fields;
	kind: RecordKind<Record<string, unknown>>;
}

export const planSections = sections as unknown as readonly PlanSection[];

export function findSection(id: string): PlanSection | undefined {
	return planSections.find((s) => s.id === id);
}
