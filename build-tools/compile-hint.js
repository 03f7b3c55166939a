// Chromium (136 and later) compiles every function of a file that opens with this comment on the
// thread that streams the file in, instead of each function on the main thread the first time it
// is called. Svelte and SvelteKit's client (the 'framework' chunk, vite.config.ts) are most of
// what the first screens' start and hydration would compile there: with the hint, blocking time
// under a 4x slower CPU went from about 110 ms to 55 on the welcome and from 105 to 20 on the
// worker's /view (medians of nine loads, bench/.tmp probes). Other browsers ignore the comment.
// Added after the bundle is hashed: the file stays the same for the same code, so its name does.
const hint = '//# allFunctionsCalledOnLoad\n';

/**
 * @param {string} chunkName the chunk to mark (a codeSplitting group's name)
 * @returns {import('vite').Plugin}
 */
export function compileHint(chunkName) {
	return {
		name: 'waymark-compile-hint',
		apply: 'build',
		generateBundle(_, bundle) {
			for (const file of Object.values(bundle))
				if (file.type === 'chunk' && file.name === chunkName && !file.code.startsWith(hint))
					file.code = hint + file.code;
		}
	};
}
