/** What ReorderList says, from the feature using it (its words live with the feature). */
export interface ReorderWords {
	/** The handle's name, e.g. "Move “Walks”, 2 of 5". */
	move: (name: string, position: number, total: number) => string;
	/** Said after a move, e.g. "“Walks” moved to 1 of 5". */
	moved: (name: string, position: number, total: number) => string;
	/** How to move by keyboard. */
	hint: string;
	remove: (name: string) => string;
}
