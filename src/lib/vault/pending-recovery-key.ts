import { generateRecoveryKey } from '$lib/crypto/recovery-key';

/**
 * A recovery key shown to the person but not yet in use: it starts working only once they
 * confirm they have saved it. Features see its text, never its bytes.
 */
export class PendingRecoveryKey {
	readonly text: string;
	readonly #secret: Uint8Array;

	constructor() {
		const { secret, text } = generateRecoveryKey();
		this.text = text;
		this.#secret = secret;
	}

	/** For the vault only. */
	static secretOf(key: PendingRecoveryKey): Uint8Array {
		return key.#secret;
	}
}
