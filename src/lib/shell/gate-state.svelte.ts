import type { Vault } from '$lib/vault/vault.svelte';

// What the frame needs to know about the journal without loading it: the vault (Dexie and the
// crypto) arrives with VaultGate after the first paint and connects itself here. The type
// import keeps the vault out of the frame's code.

class GateState {
	#vault = $state.raw<Vault | null>(null);
	/** Opened with the recovery key: a new passphrase is offered before the journal. */
	recovered = $state(false);

	connect(vault: Vault) {
		this.#vault = vault;
	}

	/** The vault has loaded and knows whether there is a journal, and in what state. */
	get opened() {
		return this.#vault !== null && this.#vault.status !== 'opening';
	}

	/** The journal is open: the frame shows Lock and the navigation. */
	get unlocked() {
		return this.#vault?.status === 'unlocked';
	}
	get showNav() {
		return this.unlocked && !this.recovered;
	}

	/** Locks the journal in every tab; nothing to do before the vault has loaded. */
	lock() {
		this.#vault?.lock();
	}
}

export const gate = new GateState();
