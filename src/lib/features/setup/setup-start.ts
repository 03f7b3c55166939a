// A first visit shows the welcome before setup has loaded (see AppShell), so the step the
// person chose there is handed to setup once; any later setup, after erasing, starts afresh.

/** The first-run screen setup opens on: the welcome, or a step chosen from it. */
export type SetupStart = 'welcome' | 'passphrase' | 'restore';

let next: SetupStart = 'welcome';

export function startSetupAt(start: SetupStart) {
	next = start;
}

/** Where setup opens this time; the welcome every time after. */
export function takeSetupStart(): SetupStart {
	const start = next;
	next = 'welcome';
	return start;
}
