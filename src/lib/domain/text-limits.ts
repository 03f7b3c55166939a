// How much one field can hold, fitted to real writing rather than to a guess at it: a line (a
// name, a title), one item of a list, and free writing (a plan section, an entry, a note).
// Every schema takes its limits from here, and the fields on screen show the same ones.
export const textLimits = { line: 500, item: 10_000, text: 100_000 } as const;
