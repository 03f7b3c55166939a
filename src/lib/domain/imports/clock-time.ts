// Clock times as other apps write them: 24-hour ("21:35", "7:05", "08:00:00") or 12-hour in
// English ("8:30 pm", "12:05 AM", "8:30 p.m.", with any kind of space before the suffix).

const clock = /^(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?(?:[\s\u00a0\u202f]*([ap])\.?\s?m\.?)?$/i;

/** The time as HH:MM on a 24-hour clock, or null when it is not a time. */
export function readClockTime(text: string): string | null {
	const match = clock.exec(text.trim());
	if (!match) return null;
	let hour = Number(match[1]);
	const minute = Number(match[2]);
	const half = match[3]?.toLowerCase();
	if (minute > 59) return null;
	if (half) {
		if (hour < 1 || hour > 12) return null;
		hour = (hour % 12) + (half === 'p' ? 12 : 0);
	} else if (hour > 23) return null;
	return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
