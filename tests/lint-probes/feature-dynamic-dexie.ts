// as: src/lib/features/journal/probe.ts
// A dynamic import of Dexie, which only the vault may use.
export const probe = () => import('dexie');
