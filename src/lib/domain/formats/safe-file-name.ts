// File names made from a person's words (a voice note's title) that every common system can
// hold: Windows, macOS, Linux, Android, iOS, and the zip tools in between.

// Forbidden on Windows (and "/" everywhere), and control characters, which no system shows.
const unsafe = /[/\\:*?"<>|\p{Cc}]+/gu;
// Bidirectional overrides and isolates can make "gpj.exe" show as "exe.jpg": taken out. The
// joiners and selectors that build emoji are kept.
const bidiControls = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// Names Windows keeps for devices, whatever the extension after them.
const reserved = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** Whether Windows keeps this name (before any dot) for a device: "CON", "lpt1", "com²". */
export function isDeviceName(stem: string): boolean {
	return reserved.test(stem.split('.')[0].trim());
}

const encoder = new TextEncoder();
const bytes = (s: string) => encoder.encode(s).length;

const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter() : null;

/** The longest start of `text` within `max` UTF-8 bytes, never cutting a letter or an emoji. */
function cut(text: string, max: number): string {
	if (bytes(text) <= max) return text;
	const pieces = segmenter
		? Array.from(segmenter.segment(text), (s) => s.segment)
		: Array.from(text);
	let out = '';
	let size = 0;
	for (const piece of pieces) {
		size += bytes(piece);
		if (size > max) break;
		out += piece;
	}
	return out;
}

/** Most systems hold 255 bytes in a name; Windows counts the whole path to 260 characters, and
 * a zip is often unpacked into a folder named after it, so names stay well within both. */
export const maxNameBytes = 120;

/**
 * A file name from a stem and an extension (without its dot): unsafe characters become spaces,
 * spaces run together, no dots or spaces at either end, a Windows device name ("CON", "lpt1")
 * gets a "_" before it, and the whole fits in `max` UTF-8 bytes. `fallback` stands in for a
 * stem with nothing left.
 */
export function safeFileName(
	stem: string,
	extension: string,
	fallback: string,
	max = maxNameBytes
): string {
	const ext = extension ? `.${extension}` : '';
	const tidy = (s: string) =>
		s
			.normalize('NFC')
			.replace(bidiControls, '')
			.replace(unsafe, ' ')
			.replace(/\s+/gu, ' ')
			.replace(/^[\s.]+|[\s.]+$/gu, '');
	let name = cut(tidy(stem), max - bytes(ext));
	// Cutting can leave a space or dot at the end again.
	name = tidy(name) || tidy(fallback);
	if (isDeviceName(name)) name = `_${name}`;
	return `${name}${ext}`;
}

/**
 * Gives each file a name no other file in the set has, counting names that differ only in
 * capitals or in Unicode form as the same (Windows and macOS do): "x (2).webm", "x (3).webm".
 */
export class FileNames {
	readonly #taken = new Set<string>();

	/** Keeps a name of the caller's own (an index file) from being given to another file. */
	reserve(name: string) {
		this.#taken.add(key(name));
	}

	name(stem: string, extension: string, fallback: string, max = maxNameBytes): string {
		let name = safeFileName(stem, extension, fallback, max);
		for (let n = 2; this.#taken.has(key(name)); n++) {
			const suffix = ` (${n})`;
			const ext = extension ? `.${extension}` : '';
			const base = safeFileName(stem, '', fallback, max - bytes(ext) - bytes(suffix));
			name = `${base}${suffix}${ext}`;
		}
		this.#taken.add(key(name));
		return name;
	}
}

const key = (name: string) => name.normalize('NFC').toLowerCase();
