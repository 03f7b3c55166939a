import { checkinKindsUntil } from '$lib/domain/journey/checkin';
import { planSections } from '$lib/domain/plan/plan-sections';
import type { KindNames, UnreadablePart } from '$lib/vault/journal-check';
import { text } from './text';

// What a part of the journal is, in words, from its kind's name: "My check-ins from 2026".

const t = text.check.kinds;

/** Kinds named per goal or per voice note, by the record they belong to. */
const perRecord = new Set(['goal-journey', 'voice-chunk']);

/** Names a tag may stand for even when no record of that kind still opens. */
export const kindNames: KindNames = (opened) => [
	...Object.keys(t.named).filter((name) => !perRecord.has(name)),
	...planSections.map((section) => section.kind.name),
	...checkinKindsUntil(new Date()).map((kind) => kind.name),
	...opened.flatMap(({ id, kind }) =>
		kind === 'goal' ? [`goal-journey:${id}`] : kind === 'voice-note' ? [`voice-chunk:${id}`] : []
	)
];

function kindWords(kind: string | null, sectionTitle: (id: string) => string): string {
	if (kind === null) return t.unknown;
	const [family, rest] = kind.split(/:(.*)/s);
	if (family === 'plan') return t.plan(sectionTitle(rest));
	if (family === 'checkins') return t.checkins(rest);
	return t.named[family as keyof typeof t.named] ?? t.unknown;
}

export function partName(part: UnreadablePart, sectionTitle: (id: string) => string): string {
	const name = kindWords(part.kind, sectionTitle);
	return part.table === 'revisions' ? t.earlier(name) : name;
}
