import { calibrateInWorker, deriveInWorker } from './kdf-client';
import { Vault } from './vault.svelte';

/** The one vault of this app; features import it from here. */
export const vault = new Vault({ derive: deriveInWorker, calibrate: calibrateInWorker });
