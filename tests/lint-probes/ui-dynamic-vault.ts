// as: src/lib/ui/probe.ts
// A dynamic import of a layer below which ui may not use.
export const probe = () => import('$lib/vault');
