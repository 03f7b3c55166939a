// Text folded for matching: lower case, accents taken off ("Café" finds "cafe"), one character
// for one, so a place found in the folded text is the same place in the original.

const folded = new Map<string, string>();

function foldChar(char: string): string {
	let out = folded.get(char);
	if (out === undefined) {
		// The lowered letter without its accents, when that is one unit and all the rest are
		// marks (é, İ); anything else (a Hangul syllable, a lone surrogate) is kept whole.
		const lower = char.toLowerCase();
		const parts = lower.normalize('NFD');
		const base = parts[0];
		out =
			lower.length === 1
				? /^\p{M}*$/u.test(parts.slice(1))
					? base
					: lower
				: base !== undefined && /^\p{M}*$/u.test(parts.slice(1)) && /[\p{L}\p{N}]/u.test(base)
					? base
					: char;
		folded.set(char, out);
	}
	return out;
}

function isAscii(text: string): boolean {
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
	return true;
}

export function foldText(text: string): string {
	// Plain ASCII, the common case, is folded by toLowerCase alone.
	if (isAscii(text)) return text.toLowerCase();
	let out = '';
	for (let i = 0; i < text.length; i++) {
		const unit = text[i];
		out += unit.charCodeAt(0) < 0x80 ? unit.toLowerCase() : foldChar(unit);
	}
	return out;
}

const wordUnit = /[\p{L}\p{N}\p{M}]/u;

/** Whether the unit at `index` starts a word (nothing, or no letter or digit, before it). */
export function startsWord(text: string, index: number): boolean {
	return index === 0 || !wordUnit.test(text[index - 1]);
}

const pictograph = /\p{Extended_Pictographic}/u;

/** Whether a term of the query is found starting at `index`: a word must start a word there;
 * an emoji may sit anywhere, even straight after a word ("great😊"). */
export function startsTerm(text: string, index: number, term: string): boolean {
	return pictograph.test(term) || startsWord(text, index);
}

// A word (letters, digits, marks, inner apostrophes and hyphens), or one emoji.
const termPattern = /[\p{L}\p{N}\p{M}'’-]+|\p{Extended_Pictographic}/gu;

/**
 * The words and emoji of a query, folded, longest first, without repeats or words inside another.
 * An emoji is looked for without its skin tone or its text-or-picture selector, so 👍🏽 finds 👍.
 */
export function queryTerms(query: string): string[] {
	const words = (foldText(query).match(termPattern) ?? [])
		.map((w) => w.replace(/^['’-]+|['’-]+$/g, ''))
		// A selector left over from an emoji (❤️) is a mark, not a word.
		.filter((w) => /[\p{L}\p{N}]/u.test(w) || pictograph.test(w));
	const unique = [...new Set(words)].sort((a, b) => b.length - a.length);
	return unique.filter((w, n) => !unique.slice(0, n).some((longer) => longer.startsWith(w)));
}
