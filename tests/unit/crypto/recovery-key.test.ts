import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecoveryKeyFormatError } from '$lib/crypto/errors';
import {
	formatRecoveryKey,
	generateRecoveryKey,
	parseRecoveryKey,
	recoveryKeyEncryptionKey
} from '$lib/crypto/recovery-key';
import { messageFor } from '$lib/vault/person-facing';

const secrets = fc.uint8Array({ minLength: 16, maxLength: 16 });
const shape = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){6}$/;

describe('recovery key', () => {
	it('holds 128 random bits, written as seven groups of four', () => {
		const { secret, text } = generateRecoveryKey();
		expect(secret).toHaveLength(16);
		expect(text).toMatch(shape);
		expect(generateRecoveryKey().text).not.toBe(text);
	});

	it('reads back exactly what it wrote', () => {
		fc.assert(
			fc.property(secrets, (secret) => {
				const text = formatRecoveryKey(secret);
				expect(text).toMatch(shape);
				expect(parseRecoveryKey(text)).toEqual(secret);
			})
		);
	});

	it('forgives case, spacing, and I, L or O typed for 1 and 0', () => {
		fc.assert(
			fc.property(secrets, (secret) => {
				const text = formatRecoveryKey(secret);
				const typed = ` ${text.toLowerCase().replaceAll('-', ' ').replaceAll('1', 'l').replaceAll('0', 'o')} `;
				expect(parseRecoveryKey(typed)).toEqual(secret);
			})
		);
	});

	it('catches a mistyped character instead of treating it as another key', () => {
		fc.assert(
			fc.property(
				secrets,
				fc.nat(27),
				fc.integer({ min: 1, max: 31 }),
				(secret, position, shift) => {
					const chars = formatRecoveryKey(secret).replaceAll('-', '').split('');
					const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
					chars[position] = alphabet[(alphabet.indexOf(chars[position]) + shift) % 32];
					let parsed: Uint8Array | undefined;
					try {
						parsed = parseRecoveryKey(chars.join(''));
					} catch (error) {
						expect(error).toBeInstanceOf(RecoveryKeyFormatError);
					}
					// An 8-bit checksum misses about 1 typo in 256; even then it is never this key.
					if (parsed) expect(parsed).not.toEqual(secret);
				}
			)
		);
	});

	it('explains a wrong length or a character a recovery key never has', () => {
		const told = (typed: string) => {
			try {
				parseRecoveryKey(typed);
			} catch (error) {
				expect(error).toBeInstanceOf(RecoveryKeyFormatError);
				return messageFor(error);
			}
		};
		expect(told('ABCD-EFGH')).toMatch(/28 letters and numbers; this has 8/);
		expect(told('U'.repeat(28))).toMatch(/"U" never appears/);
	});

	it('derives a distinct 32-byte wrapping key for each secret', () => {
		fc.assert(
			fc.property(secrets, secrets, (a, b) => {
				fc.pre(a.join() !== b.join());
				expect(recoveryKeyEncryptionKey(a)).toHaveLength(32);
				expect(recoveryKeyEncryptionKey(a)).not.toEqual(recoveryKeyEncryptionKey(b));
			})
		);
	});
});
