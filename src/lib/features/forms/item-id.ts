/** An id for a list item, so it keeps its place (and focus) while the list is reordered. */
export function newItemId(): string {
	return crypto.randomUUID();
}
