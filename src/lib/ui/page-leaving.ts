// Quick exit marks the page as leaving before it goes, so nothing may hold it back then: no
// "unsaved changes?" question stands between a person and the way out.

export function markLeaving() {
	document.documentElement.classList.add('leaving');
}

export function leaving(): boolean {
	return document.documentElement.classList.contains('leaving');
}
