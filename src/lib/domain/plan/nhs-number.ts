// An NHS number (England, Wales, Isle of Man) as the person types it on their advance
// statement: ten digits, spaces allowed, the last a modulus 11 check digit. Checked so a mistyped
// digit is caught before the statement is printed and signed.

export type NhsNumberProblem = 'length' | 'check';

/** What is wrong with an NHS number, or null when it is right or left empty. */
export function nhsNumberProblem(value: string): NhsNumberProblem | null {
	const digits = value.replace(/[\s-]/g, '');
	if (!digits) return null;
	if (!/^\d{10}$/.test(digits)) return 'length';
	const sum = [...digits.slice(0, 9)].reduce((total, d, i) => total + Number(d) * (10 - i), 0);
	const check = (11 - (sum % 11)) % 11;
	return check !== 10 && check === Number(digits[9]) ? null : 'check';
}
