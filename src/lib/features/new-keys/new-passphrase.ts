import { minimumPassphraseLength } from '$lib/domain/passphrase-strength';
import { text } from './text';

/** Problems with a new passphrase and its repeat, by field; empty when both are fine. */
export function checkNewPassphrase(passphrase: string, again: string) {
	const errors: { passphrase?: string; again?: string } = {};
	if ([...passphrase].length < minimumPassphraseLength)
		errors.passphrase = text.passphrase.tooShort;
	else if (passphrase !== again) errors.again = text.passphrase.mismatch;
	return errors;
}
