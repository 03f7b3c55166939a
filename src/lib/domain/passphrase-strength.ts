// A hint about how hard a passphrase would be to guess. It never forbids one (no composition
// rules); it only explains. Rough on purpose: it counts words and characters, and knows the
// commonest passwords and keyboard runs, without shipping a dictionary.

export const minimumPassphraseLength = 8;

export type Strength = 'too-short' | 'weak' | 'fair' | 'strong' | 'very-strong';

const common = [
	'password',
	'passw0rd',
	'12345678',
	'123456789',
	'1234567890',
	'qwertyui',
	'qwerty123',
	'iloveyou',
	'letmein',
	'welcome',
	'sunshine',
	'princess',
	'football',
	'baseball',
	'trustno1',
	'waymark',
	'abcdefgh',
	'11111111',
	'00000000'
];
const runs = ['abcdefghijklmnopqrstuvwxyz', '0123456789', 'qwertyuiopasdfghjklzxcvbnm'];

function hasRun(text: string): boolean {
	for (let i = 0; i + 4 <= text.length; i++) {
		const piece = text.slice(i, i + 4);
		if (runs.some((run) => run.includes(piece))) return true;
	}
	return false;
}

/** A rough guess at the passphrase's entropy in bits. */
export function estimateBits(passphrase: string): number {
	const chars = [...passphrase.normalize('NFC')];
	const lower = passphrase.toLowerCase();
	let pool = 0;
	if (/[a-z]/.test(passphrase)) pool += 26;
	if (/[A-Z]/.test(passphrase)) pool += 26;
	if (/[0-9]/.test(passphrase)) pool += 10;
	if (/[^A-Za-z0-9]/.test(passphrase)) pool += 33;
	let bits = chars.length * Math.log2(Math.max(pool, 2));
	if (new Set(chars).size <= chars.length / 2) bits *= 0.5;
	if (hasRun(lower)) bits *= 0.7;
	// One word with a capital or a number added is the first thing a guesser tries.
	if (/^[A-Za-z]+[0-9!]{0,4}$/.test(passphrase)) bits *= 0.55;
	const words = lower.match(/\p{L}{3,}/gu) ?? [];
	// Several words: count each as one pick from a large word list, not as letters.
	if (words.length >= 2) bits = Math.min(bits, words.length * 12 + 8);
	return bits;
}

export function passphraseStrength(passphrase: string): Strength {
	if ([...passphrase].length < minimumPassphraseLength) return 'too-short';
	const lower = passphrase.toLowerCase();
	if (common.some((word) => lower.includes(word) && lower.length < word.length + 4)) return 'weak';
	const bits = estimateBits(passphrase);
	if (bits < 35) return 'weak';
	if (bits < 50) return 'fair';
	if (bits < 65) return 'strong';
	return 'very-strong';
}
