// Whether a check-in's moment, as its datetime-local field holds it, falls on the person's today:
// the words say "today" only then, and "that day" for a check-in from before.

export function isToday(localInput: string, now: Date = new Date()): boolean {
	const day = /^(\d{4})-(\d{2})-(\d{2})T/.exec(localInput);
	// A field half typed or cleared names no other day, so it reads as today.
	if (!day) return true;
	const [, year, month, date] = day.map(Number);
	return year === now.getFullYear() && month === now.getMonth() + 1 && date === now.getDate();
}
