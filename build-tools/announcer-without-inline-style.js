// SvelteKit's route announcer carries an inline style attribute, which a strict CSP
// (style-src 'self') blocks and reports as an error. This moves that style into app.css
// (#svelte-announcer), keeping the policy strict. If SvelteKit changes the markup the build
// stops, rather than shipping an announcer that is visible or blocked.

const inlineStyle =
	/(<div id="svelte-announcer"[^>]*?) style="position: absolute; left: 0; top: 0; clip: rect\(0 0 0 0\); clip-path: inset\(50%\); overflow: hidden; white-space: nowrap; width: 1px; height: 1px"/;

/** @returns {import('vite').Plugin} */
export function announcerWithoutInlineStyle() {
	return {
		name: 'waymark:announcer-without-inline-style',
		enforce: 'pre',
		transform(code, id) {
			if (!id.replace(/\\/g, '/').endsWith('.svelte-kit/generated/root.svelte')) return;
			if (!inlineStyle.test(code))
				this.error(
					'SvelteKit route announcer markup changed: update build-tools/announcer-without-inline-style.js'
				);
			return { code: code.replace(inlineStyle, '$1'), map: null };
		}
	};
}
