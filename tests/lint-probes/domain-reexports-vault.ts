// as: src/lib/domain/probe.ts
// A re-export is an import too.
export * from '$lib/vault';
