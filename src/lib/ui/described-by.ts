/**
 * The aria-describedby of a field: its hint, its error (each rendered with the field's id and
 * a suffix) and anything else that describes it; undefined when there is nothing.
 */
export function describedBy(
	id: string,
	hint: string,
	error: string,
	extra = ''
): string | undefined {
	return (
		[hint && `${id}-hint`, error && `${id}-error`, extra].filter(Boolean).join(' ') || undefined
	);
}
