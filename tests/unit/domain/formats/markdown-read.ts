// What the tests read Markdown written by markdown-write.ts with: the text it stands for, and
// whether any character in it could still act as Markdown.

/** The words back from escaped Markdown: hard breaks, backslashes, entities and kept indents undone. */
export function wordsOf(markdown: string): string {
	return markdown
		.replaceAll('  \n', '\n')
		.replace(/^\u00a0+/gm, (indent) => ' '.repeat(indent.length))
		.replace(
			/\\(.)|&(lt|amp);/g,
			(_, escaped: string | undefined, entity: string | undefined) =>
				escaped ?? (entity === 'lt' ? '<' : '&')
		);
}

const inlineSpecials = new Set(['\\', '`', '*', '_', '[', ']', '|', '~', '$']);

/** Characters that could still start emphasis, code, a link, a table or HTML, or a block at a
 * line's start, in text meant to be plain. */
export function activeMarkdown(markdown: string): string[] {
	const found: string[] = [];
	for (let at = 0; at < markdown.length; at++) {
		const c = markdown[at];
		if (c === '\\') {
			at++;
			continue;
		}
		if (inlineSpecials.has(c)) found.push(`${c} at ${at}`);
		if (c === '<') found.push(`< at ${at}`);
		if (c === '&' && !/^&(lt|amp);/.test(markdown.slice(at))) found.push(`& at ${at}`);
	}
	for (const line of markdown.split('\n'))
		if (/^( {4}|\t| {0,3}([#>+\-=]|\d+[.)]))/.test(line))
			found.push(`line ${JSON.stringify(line)}`);
	return found;
}
