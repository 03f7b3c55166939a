import { locale } from '$lib/domain/locale';
import { formatWhen } from './format-date';
import { text } from './text';

// When each version was saved, as its label says it: to the minute, with the seconds where two
// versions share a minute, and numbered where they share the second too, so no two labels read
// the same. The list is newest first, so twins are numbered from the oldest up.

const toSecond = (iso: string) =>
	new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'medium' });

export function versionTimes(isos: readonly string[]): string[] {
	const count = (labels: string[], label: string) => labels.filter((l) => l === label).length;
	const minutes = isos.map((iso) => formatWhen(iso));
	const labels = isos.map((iso, i) =>
		count(minutes, minutes[i]) > 1 ? toSecond(iso) : minutes[i]
	);
	const seen: Record<string, number> = {};
	const numbered: string[] = [];
	for (let i = labels.length - 1; i >= 0; i--) {
		const label = labels[i];
		if (count(labels, label) === 1) numbered[i] = label;
		else numbered[i] = text.numbered(label, (seen[label] = (seen[label] ?? 0) + 1));
	}
	return numbered;
}
