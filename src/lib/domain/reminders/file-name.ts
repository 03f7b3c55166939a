// A file name for a reminder's .ics from its title ("Time for me" -> time-for-me.ics): letters
// and digits of any script kept, everything else a hyphen, so no path, no hidden file and
// nothing a phone's or a computer's file system refuses.

const longest = 60;
// Names Windows keeps for devices, whatever follows the dot.
const reserved = /^(con|prn|aux|nul|com\d|lpt\d)$/;

function slug(words: string): string {
	const joined = words
		.normalize('NFC')
		.toLowerCase()
		.replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
		.replace(/^-+/, '');
	return Array.from(joined).slice(0, longest).join('').replace(/-+$/, '');
}

/**
 * The .ics file's name: from the title, or from `fallback` (the kind's default title) when the
 * title has no letters or digits (only emoji, say).
 */
export function reminderFileName(title: string, fallback: string): string {
	// Only reached if the fallback too had no letter or digit.
	const name = slug(title) || slug(fallback) || 'calendar';
	return `${reserved.test(name) ? `${name}_` : name}.ics`;
}
