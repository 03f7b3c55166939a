import { markLeaving } from '$lib/ui/page-leaving';
import { gate } from './gate-state.svelte';

/**
 * Leaves Waymark at once: the journal is locked (in every tab), the page is hidden before the
 * browser starts loading the destination, and `replace` keeps this screen out of the back
 * button's history.
 */
export function quickExit(url: string, location: Pick<Location, 'replace'> = window.location) {
	gate.lock();
	markLeaving();
	document.title = '';
	location.replace(url);
}
