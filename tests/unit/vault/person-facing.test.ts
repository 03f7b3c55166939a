import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	RecoveryKeyFormatError,
	TamperedRecordError,
	WrongPassphraseError,
	WrongRecoveryKeyError
} from '$lib/crypto/errors';
import {
	ShareLinkError,
	ShareLinkExpiredError,
	ShareLinkPinError,
	shareMessageFor
} from '$lib/share/errors';
import { text as shareText } from '$lib/share/text';
import { BackupFormatError } from '$lib/vault/backup-file';
import {
	RecordNotFoundError,
	StorageFullError,
	UnreadableRecordError,
	VaultLockedError,
	WrongBackupSecretError
} from '$lib/vault/errors';
import { messageFor } from '$lib/vault/person-facing';
import { errorText, unexpectedText } from '$lib/vault/text';

afterEach(() => vi.restoreAllMocks());

describe('what a person is told about an error', () => {
	const met = [
		new WrongPassphraseError(),
		new WrongRecoveryKeyError(),
		new RecoveryKeyFormatError('recovery-key-typo'),
		new TamperedRecordError(),
		new BackupFormatError('backup-damaged'),
		new RecordNotFoundError(),
		new StorageFullError(),
		new UnreadableRecordError(),
		new VaultLockedError(),
		new WrongBackupSecretError('passphrase'),
		new WrongBackupSecretError('recovery key')
	];

	it('comes from the words of its code, never from its message', () => {
		for (const error of met) {
			const told = messageFor(error, 'fallback');
			expect(told).toBe(errorText[error.code]);
			expect(error.message).not.toBe(told);
		}
	});

	it('fills in what a recovery key’s problem found', () => {
		expect(messageFor(new RecoveryKeyFormatError('recovery-key-length', '8'))).toBe(
			'A recovery key has 28 letters and numbers; this has 8.'
		);
	});

	it('is the screen’s own words, or a general one, for a fault, which goes to the console', () => {
		const console = vi.spyOn(globalThis.console, 'error').mockImplementation(() => {});
		expect(messageFor(new Error('a bug'), 'This couldn’t be saved.')).toBe(
			'This couldn’t be saved.'
		);
		expect(messageFor(new TypeError('another'))).toBe(unexpectedText);
		expect(console).toHaveBeenCalledTimes(2);
	});

	it('of a share link comes from the share words, the expiry day filled in', () => {
		vi.spyOn(globalThis.console, 'error').mockImplementation(() => {});
		const expires = Date.UTC(2026, 10, 24, 12);
		expect(shareMessageFor(new ShareLinkExpiredError(expires), '')).toBe(
			'This summary expired on 24 November 2026. Ask the person who shared it for a new link if you still need it.'
		);
		expect(shareMessageFor(new ShareLinkPinError(), '')).toBe(shareText.errors['link-pin']);
		expect(new ShareLinkPinError()).toBeInstanceOf(ShareLinkError);
		expect(shareMessageFor(new Error('a bug'), 'general')).toBe('general');
	});
});
