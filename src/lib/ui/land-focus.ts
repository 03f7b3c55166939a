import type { Attachment } from 'svelte/attachments';

/**
 * When `when` holds something, focus that has dropped to the page's body (the form that saved
 * went away, the thing deleted is gone, a busy button was disabled) lands on this element. Focus
 * the person has put somewhere else stays where it is. Waits a frame, so the screen it lands on
 * and SvelteKit's own reset of focus after a navigation are done first.
 */
export function landFocus(when: unknown): Attachment<HTMLElement> {
	return (node) => {
		if (!when) return;
		const frame = requestAnimationFrame(() => {
			const active = document.activeElement;
			if (!active || active === document.body) node.focus();
		});
		return () => cancelAnimationFrame(frame);
	};
}
