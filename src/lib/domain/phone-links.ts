// The addresses that call or text a number with one tap. Pure, so every caller (the plan's
// contacts, Help now's lines, the crisis card) dials a number the same way.

/** An extension written after the number: "ext 2", "ext. 2", "extension 2", "x2". */
const extension = /(?:\bext(?:ension)?\b\.?|\bx)\s*[:.]?\s*(\d[\d\s]*)/i;

/** The digits, +, * and # a phone dials; spaces, brackets, dots and dashes dropped (RFC 3966). */
function dialable(part: string): string {
	return part.replace(/[^\d+*#]/g, '');
}

/**
 * The address that calls a stored number, or '' when nothing dialable is left. An extension is
 * dialled after a pause (`,`), once the main number answers: "0800 123 4567 ext 2" becomes
 * `tel:08001234567,2`. A "(0)" after an international code is dropped, as it is never dialled
 * from abroad: "+44 (0)20 7946 0018" becomes `tel:+442079460018`.
 */
export function telHref(number: string): string {
	const found = extension.exec(number);
	const main = found ? number.slice(0, found.index) : number;
	const international = main.trim().startsWith('+') ? main.replace(/\(\s*0\s*\)/g, '') : main;
	const digits = dialable(international);
	if (!/\d/.test(digits)) return '';
	const ext = found ? found[1].replace(/\D/g, '') : '';
	return ext ? `tel:${digits},${ext}` : `tel:${digits}`;
}

/** The address that opens a text message to a number, with its first words written (RFC 5724). */
export function smsHref(number: string, body = ''): string {
	const digits = dialable(number);
	if (!/\d/.test(digits)) return '';
	return body ? `sms:${digits}?body=${encodeURIComponent(body)}` : `sms:${digits}`;
}
