/**
 * Leaves Waymark at once: the page is hidden before the browser starts loading the destination,
 * and `replace` keeps this screen out of the back button's history.
 */
export function quickExit(url: string, location: Pick<Location, 'replace'> = window.location) {
	document.documentElement.classList.add('leaving');
	document.title = '';
	location.replace(url);
}
