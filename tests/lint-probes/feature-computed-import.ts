// as: src/lib/features/journal/probe.ts
// An import() whose name is worked out at run time cannot be checked.
export const probe = (name: string) => import(name);
