import { IcsInputError, newUid, writeCalendar, type IcsEvent } from '$lib/domain/formats/ics';

// What every reminder's file shares: one event under the person's own title, nothing else of
// theirs. Calendars are often seen by others and synced to servers, so the file holds the
// title the person chose for it (or a neutral default) and the alarm repeats it; no DESCRIPTION
// and nothing from the journal.

/** When and under which UID the file is made; both are chosen here unless given (for tests). */
export interface Made {
	now?: Date;
	uid?: string;
}

/** The person's title for a reminder, trimmed; it must say something. */
export function reminderTitle(title: string): string {
	const trimmed = title.trim();
	if (!trimmed) throw new IcsInputError('no-title');
	return trimmed;
}

export function reminderFile(event: Omit<IcsEvent, 'uid'>, made: Made = {}): string {
	return writeCalendar([{ ...event, uid: made.uid ?? newUid() }], made.now ?? new Date());
}
