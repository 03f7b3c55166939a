/**
 * After a form is refused, moves focus to its first field marked invalid, once the marks are
 * drawn: a screen reader then reads that field with its error, and a keyboard user is there.
 */
export function focusFirstInvalid(event: SubmitEvent) {
	const form = event.currentTarget as HTMLFormElement;
	requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
