import { inflateSync } from 'node:zlib';

// The text on each page of a PDF that Chromium printed (Skia's PDF: Type0 fonts, Identity-H,
// each with a ToUnicode map), so a test can read what a person would see on paper: the running
// name and date, "Page 2 of 3", a section's title repeated where it runs on.

interface PdfObject {
	dict: string;
	stream?: Buffer;
}

function objectsOf(pdf: Buffer): Map<string, PdfObject> {
	const text = pdf.toString('latin1');
	const objects = new Map<string, PdfObject>();
	for (const match of text.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
		const [, id, body] = match;
		const at = body.search(/stream\r?\n/);
		if (at === -1) {
			objects.set(id, { dict: body });
			continue;
		}
		const dict = body.slice(0, at);
		const start = at + body.slice(at).indexOf('\n') + 1;
		const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0);
		const raw = Buffer.from(body.slice(start, start + length), 'latin1');
		objects.set(id, { dict, stream: /FlateDecode/.test(dict) ? inflateSync(raw) : raw });
	}
	return objects;
}

/** A ToUnicode CMap as code (hex) to text. */
function unicodeMap(cmap: string): Map<string, string> {
	const map = new Map<string, string>();
	const utf16 = (hex: string) =>
		String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
	for (const [, block] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
		for (const [, code, to] of block.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
			map.set(code.toUpperCase(), utf16(to));
	for (const [, block] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
		for (const [, from, to, first] of block.matchAll(
			/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g
		)) {
			const [a, z, u] = [parseInt(from, 16), parseInt(to, 16), parseInt(first, 16)];
			for (let code = a; code <= z; code++)
				map.set(
					code.toString(16).toUpperCase().padStart(from.length, '0'),
					String.fromCharCode(u + code - a)
				);
		}
	return map;
}

const ref = (dict: string, key: string) => new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1];

/** Each page's text, its runs of text joined with line breaks between text objects. */
export function pdfPageTexts(pdf: Buffer): string[] {
	const objects = objectsOf(pdf);
	const pagesId = [...objects].find(([, o]) => /\/Type \/Pages/.test(o.dict))?.[0];
	const kids = /\/Kids \[([^\]]*)\]/.exec(objects.get(pagesId ?? '')?.dict ?? '')?.[1] ?? '';
	return [...kids.matchAll(/(\d+) 0 R/g)].map(([, pageId]) => {
		const page = objects.get(pageId)!.dict;
		const fonts = new Map<string, Map<string, string>>();
		const fontDict = /\/Font <<([^>]*)>>/.exec(page)?.[1] ?? '';
		for (const [, name, id] of fontDict.matchAll(/\/(\w+) (\d+) 0 R/g)) {
			const cmapId = ref(objects.get(id)?.dict ?? '', 'ToUnicode');
			const cmap = cmapId ? objects.get(cmapId)?.stream?.toString('latin1') : undefined;
			fonts.set(name, cmap ? unicodeMap(cmap) : new Map());
		}
		const content = objects.get(ref(page, 'Contents') ?? '')?.stream?.toString('latin1') ?? '';
		let font = new Map<string, string>();
		let out = '';
		for (const [, fontName, hex] of content.matchAll(
			/\/(\w+) [\d.]+ Tf|<([0-9A-Fa-f]*)>|\bET\b/g
		)) {
			if (fontName) font = fonts.get(fontName) ?? new Map();
			else if (hex !== undefined)
				for (const code of hex.toUpperCase().match(/.{4}/g) ?? []) out += font.get(code) ?? '';
			else out += '\n';
		}
		return out;
	});
}
