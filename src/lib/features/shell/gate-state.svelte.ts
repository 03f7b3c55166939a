// What the frame needs to know about the journal, without loading it: the vault (Dexie and
// the crypto) arrives with VaultGate after the first paint, and fills this in.

class GateState {
	/** The journal is open: the frame shows Lock and the navigation. */
	unlocked = $state(false);
	/** Navigation is shown (not while a new passphrase is offered after recovery). */
	showNav = $state(false);
	/** Locks the journal in every tab; a no-op until the vault has loaded. */
	lock: () => void = () => {};
}

export const gate = new GateState();
