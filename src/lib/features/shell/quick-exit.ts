import { gate } from './gate-state.svelte';

/**
 * Leaves Waymark at once: the journal is locked (in every tab), the page is hidden before the
 * browser starts loading the destination, and `replace` keeps this screen out of the back
 * button's history.
 */
export function quickExit(url: string, location: Pick<Location, 'replace'> = window.location) {
	gate.lock();
	document.documentElement.classList.add('leaving');
	document.title = '';
	location.replace(url);
}

/** Whether Quick exit is under way: nothing may hold the page back (no "unsaved changes?"). */
export function leaving(): boolean {
	return document.documentElement.classList.contains('leaving');
}
