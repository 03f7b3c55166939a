import { isDeviceName, safeFileName } from '$lib/domain/formats/safe-file-name';

// A file name for a reminder's .ics from its title ("Time for me" -> time-for-me.ics): letters
// and digits of any script kept, in lower case, everything between them one hyphen. The rest
// (no path, no hidden file, no device name, a length cut between letters) is safeFileName's.

/** Bytes in the whole name: short enough to read at once on a share sheet or a download bar. */
const longest = 64;

/** The words' letters and digits, with one space wherever anything else stood. */
const lettersOf = (words: string) =>
	words
		.normalize('NFC')
		.toLowerCase()
		.replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
		.trim();

/**
 * The .ics file's name: from the title, or from `fallback` (the kind's default title) when the
 * title has no letters or digits (only emoji, say).
 */
export function reminderFileName(title: string, fallback: string): string {
	// "calendar" only if the fallback too had no letter or digit.
	const words = lettersOf(title) || lettersOf(fallback) || 'calendar';
	// A device name keeps its letters first (con_.ics), where safeFileName would put "_" before.
	const stem = isDeviceName(words) ? `${words}_` : words;
	// Spaces become hyphens only once safeFileName has cut and trimmed, so no name ends in one.
	return safeFileName(stem, 'ics', 'calendar', longest).replaceAll(' ', '-');
}
