// `npm run bench` measures against the budgets. `npm run bench:smoke`, which `npm test` runs, only
// proves that every section still builds, opens and returns its figures: a tiny dataset, one
// round, no Lighthouse, the relay on PGlite only, nothing written to results.md.
export const smoke = process.argv.includes('--smoke') || process.env.WAYMARK_BENCH_SMOKE === '1';

/**
 * A section's settings: the full ones, or in a smoke run the same with `tiny` laid over them.
 * @template {Record<string, any>} T
 * @param {T} full
 * @param {Partial<T>} tiny
 * @returns {T}
 */
export const pick = (full, tiny) => (smoke ? { ...full, ...tiny } : full);
