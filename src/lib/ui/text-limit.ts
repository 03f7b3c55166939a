// How much a text field may still take. The browser's own maxlength cuts a paste short without a
// word, so fields check each insertion first: one that does not fit is refused whole, and said
// so, while the person's clipboard still holds it.

/** Room is shown once this share of the limit is left. */
const nearShare = 0.1;

/** The length the text would have after `inserted` replaces the selection. */
export function lengthAfter(
	value: string,
	selection: { start: number; end: number },
	inserted: string
): number {
	return value.length - Math.abs(selection.end - selection.start) + inserted.length;
}

/** What an insertion adds, from a `beforeinput` event; null for edits that add nothing. */
export function insertedBy(event: Pick<InputEvent, 'inputType' | 'data' | 'dataTransfer'>) {
	const { inputType } = event;
	if (inputType === 'insertLineBreak' || inputType === 'insertParagraph') return '\n';
	if (!inputType.startsWith('insert')) return null;
	return event.data ?? event.dataTransfer?.getData('text/plain') ?? '';
}

/** Characters left, when few enough to be worth saying; null otherwise. */
export function roomToShow(length: number, max: number): number | null {
	const left = max - length;
	return left <= Math.max(1, Math.ceil(max * nearShare)) ? Math.max(0, left) : null;
}
