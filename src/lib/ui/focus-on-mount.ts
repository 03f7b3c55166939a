/**
 * Moves focus to an element when it appears (a heading with tabindex="-1" at the top of a new
 * step), so screen readers announce the step and keyboard users start from its top.
 */
export function focusOnMount(node: HTMLElement) {
	node.focus();
}
