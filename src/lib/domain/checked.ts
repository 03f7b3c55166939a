import * as v from 'valibot';

/**
 * Data that did not match its schema: a fault in Waymark. Valibot's own error carries the
 * input and its message quotes the value it received, which here is decrypted journal text;
 * this one names only where and what was expected, so logging it never leaks what was written.
 */
export class InvalidDataError extends Error {
	constructor(what: string, issues: readonly v.BaseIssue<unknown>[]) {
		super(`${what} did not match its schema: ${issues.map(describe).join('; ')}`);
		this.name = 'InvalidDataError';
	}
}

function describe(issue: v.BaseIssue<unknown>): string {
	const path = issue.path?.map((item) => String(item.key)).join('.') || '(top)';
	return `${path}: ${issue.type}${issue.expected ? `, expected ${issue.expected}` : ''}`;
}

/** `v.parse`, throwing an error that is safe to log. */
export function checked<const S extends v.GenericSchema>(
	schema: S,
	value: unknown,
	what: string
): v.InferOutput<S> {
	const result = v.safeParse(schema, value);
	if (!result.success) throw new InvalidDataError(what, result.issues);
	return result.output;
}
