import { describe, expect, it } from 'vitest';
import { passphraseStrength } from '$lib/domain/passphrase-strength';

describe('passphrase strength hint', () => {
	it.each([
		['', 'too-short'],
		['seven77', 'too-short'],
		['password', 'weak'],
		['Password1', 'weak'],
		['12345678', 'weak'],
		['aaaaaaaaaaaa', 'weak'],
		['sunflower', 'weak'],
		['Sunflower7', 'weak'],
		['tide-kettle', 'weak'],
		['kettle orbit velvet', 'fair'],
		['kettle orbit velvet lantern', 'strong'],
		['kettle orbit velvet lantern harbour', 'very-strong'],
		['v9#Lq2!xTz@4', 'very-strong']
	])('rates %j as %s', (passphrase, strength) => {
		expect(passphraseStrength(passphrase)).toBe(strength);
	});

	it('judges by characters, not bytes: eight accented letters are long enough', () => {
		expect(passphraseStrength('éèêëàâäô')).not.toBe('too-short');
		expect(passphraseStrength('🌊🌊🌊')).toBe('too-short');
	});
});
