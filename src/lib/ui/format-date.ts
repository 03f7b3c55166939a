/** A stored ISO date as the person reads dates, in their own time zone. */
export function formatWhen(iso: string): string {
	return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
