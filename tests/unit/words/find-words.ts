import { parse } from 'svelte/compiler';
import ts from 'typescript';

// Finds words a person would read that sit outside the text files: literal text in Svelte
// markup, literal text attributes, and string literals that look like sentences in scripts.

export interface Found {
	line: number;
	text: string;
}

/** Attributes a person reads (or hears), so any literal letters in them are words. */
const spokenAttributes = new Set([
	'aria-label',
	'aria-description',
	'aria-roledescription',
	'aria-valuetext',
	'title',
	'placeholder',
	'alt',
	'label'
]);

/** Words or a sentence: two words with a space between, or a capitalised word. */
export function looksLikeWords(value: string): boolean {
	const s = value.trim();
	return /\p{L}{2,}[ \u00a0]+\p{L}/u.test(s) || /^\p{Lu}\p{Ll}+/u.test(s);
}

const lineAt = (source: string, index: number) => source.slice(0, index).split('\n').length;

type Node = { type: string; start: number; end: number; [key: string]: unknown };

function walk(node: unknown, visit: (node: Node) => boolean | void): void {
	if (!node || typeof node !== 'object') return;
	if (Array.isArray(node)) {
		for (const child of node) walk(child, visit);
		return;
	}
	const n = node as Node;
	if (typeof n.type === 'string' && visit(n) === false) return;
	for (const [key, value] of Object.entries(n)) {
		if (key === 'parent' || key === 'metadata') continue;
		if (value && typeof value === 'object') walk(value, visit);
	}
}

/** Words in the markup of a Svelte component, outside `{…}`. */
export function markupWords(source: string): Found[] {
	const ast = parse(source, { modern: true });
	const found: Found[] = [];
	walk(ast.fragment, (node) => {
		// Expressions are scripts: the script scan reads them.
		if (node.type === 'ExpressionTag' || node.type === 'Script') return false;
		if (node.type === 'Text') {
			const text = String(node.data);
			if (/\p{L}/u.test(text)) found.push({ line: lineAt(source, node.start), text: text.trim() });
		}
		if (node.type === 'Attribute' && Array.isArray(node.value)) {
			const name = String(node.name);
			for (const part of node.value as Node[]) {
				if (part.type !== 'Text') continue;
				const text = String(part.data);
				const spoken = spokenAttributes.has(name) && /\p{L}/u.test(text);
				if (spoken) found.push({ line: lineAt(source, part.start), text: `${name}="${text}"` });
			}
			// Only the attribute's expressions are left, for the script scan.
			walk(
				(node.value as Node[]).filter((part) => part.type !== 'Text'),
				() => {}
			);
			return false;
		}
		// <style> is CSS.
		if (node.type === 'StyleSheet') return false;
	});
	return found;
}

/**
 * Calls whose string arguments are for developers or machines, never shown: console output,
 * errors, schema labels, DOM queries and attributes, bytes fed to a hash or key derivation.
 */
const developerCalls =
	/^(console\.\w+|super|error|\w*Error|checked|encode|#tag|querySelector(All)?|closest|matches|addEventListener|removeEventListener|setAttribute|getAttribute|removeAttribute|hasAttribute|createElement|matchMedia|isTypeSupported)$/;

const comparisons = new Set([
	ts.SyntaxKind.EqualsEqualsEqualsToken,
	ts.SyntaxKind.ExclamationEqualsEqualsToken,
	ts.SyntaxKind.EqualsEqualsToken,
	ts.SyntaxKind.ExclamationEqualsToken
]);

/** A class of an error: whatever it says is its message, which is for developers. */
function isErrorClass(node: ts.Node): boolean {
	return (
		ts.isClassLike(node) &&
		(node.heritageClauses ?? []).some((clause) =>
			clause.types.some((type) => /Error$/.test(type.expression.getText()))
		)
	);
}

function calleeName(call: ts.CallExpression | ts.NewExpression): string {
	const callee = call.expression;
	if (ts.isIdentifier(callee)) return callee.text;
	if (ts.isPropertyAccessExpression(callee)) {
		const object = callee.expression;
		const prefix = ts.isIdentifier(object) && object.text === 'console' ? 'console.' : '';
		return prefix + callee.name.text;
	}
	if (callee.kind === ts.SyntaxKind.SuperKeyword) return 'super';
	return '';
}

/** Whether a string literal is for developers or machines by where it stands. */
function developerPlace(node: ts.Node): boolean {
	// Within its statement, the call or comparison it is part of decides; beyond, only the class.
	let near = true;
	for (let at: ts.Node = node; at.parent; at = at.parent) {
		const parent = at.parent;
		if (isErrorClass(parent)) return true;
		if (!near) continue;
		if (ts.isLiteralTypeNode(parent) || ts.isImportDeclaration(parent)) return true;
		if (ts.isExportDeclaration(parent) || ts.isImportTypeNode(parent)) return true;
		if (
			(ts.isCallExpression(parent) || ts.isNewExpression(parent)) &&
			at !== parent.expression &&
			developerCalls.test(calleeName(parent))
		)
			return true;
		// Compared with a value from outside (a key's name, a DOMException's): a machine's word.
		if (ts.isBinaryExpression(parent) && comparisons.has(parent.operatorToken.kind)) return true;
		if (ts.isCaseClause(parent) && parent.expression === at) return true;
		// A property name, or an element's key (`record['some key']`).
		if (ts.isPropertyAssignment(parent) && parent.name === at) return true;
		if (ts.isElementAccessExpression(parent) && parent.argumentExpression === at) return true;
		if (ts.isStatement(parent) || ts.isClassElement(parent)) near = false;
	}
	return false;
}

/** String literals in a script that look like words a person reads. */
export function scriptWords(source: string, offsetLine = 0): Found[] {
	const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, true);
	const found: Found[] = [];
	const visit = (node: ts.Node) => {
		let text: string | null = null;
		if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
		else if (ts.isTemplateExpression(node))
			text = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
		if (text !== null) {
			// SVG written as a string, and the labels that keep one derived key from another.
			const markup = text.trimStart().startsWith('<');
			const keyLabel = /^waymark [a-z ]+ v\d+$/.test(text);
			if (looksLikeWords(text) && !markup && !keyLabel && !developerPlace(node))
				found.push({
					line: offsetLine + file.getLineAndCharacterOfPosition(node.getStart()).line + 1,
					text
				});
			return;
		}
		ts.forEachChild(node, visit);
	};
	visit(file);
	return found;
}

/** Words in a Svelte component: its markup, its scripts and the expressions in its markup. */
export function svelteWords(source: string): Found[] {
	const ast = parse(source, { modern: true });
	const found = markupWords(source);
	const scripts = [ast.instance, ast.module].filter(Boolean) as unknown as Node[];
	for (const script of scripts) {
		const content = script.content as Node;
		found.push(
			...scriptWords(source.slice(content.start, content.end), lineAt(source, content.start) - 1)
		);
	}
	// Each expression of the markup is scanned as a script, and not walked into.
	const expressions = (node: unknown): void => {
		if (!node || typeof node !== 'object') return;
		if (Array.isArray(node)) return node.forEach(expressions);
		const n = node as Node;
		// Class names and styles are for the browser.
		if (n.type === 'Attribute' && ['class', 'style'].includes(String(n.name))) return;
		if (n.type === 'ClassDirective' || n.type === 'StyleDirective') return;
		for (const [key, value] of Object.entries(n)) {
			if (key === 'parent' || key === 'metadata' || !value || typeof value !== 'object') continue;
			const child = value as Node;
			if (['expression', 'test', 'tag', 'declaration'].includes(key) && 'start' in child) {
				const code = source.slice(child.start, child.end);
				const wrapped = key === 'declaration' ? code : `(${code})`;
				found.push(...scriptWords(wrapped, lineAt(source, child.start) - 1));
			} else expressions(child);
		}
	};
	expressions(ast.fragment);
	return found;
}
