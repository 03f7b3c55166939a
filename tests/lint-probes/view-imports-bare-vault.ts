// as: src/routes/view/probe.ts
// The worker's view names the vault by its bare folder.
import { vault } from '$lib/vault';

export const probe = vault;
