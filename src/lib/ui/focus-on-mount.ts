/**
 * Moves focus to an element when it appears (a heading with tabindex="-1" at the top of a new
 * step), so screen readers announce the step and keyboard users start from its top. `when`
 * false leaves focus to something else that says more (a "Saved." the screen arrived with).
 */
export function focusOnMount(node: HTMLElement, when = true) {
	if (when) node.focus();
}
