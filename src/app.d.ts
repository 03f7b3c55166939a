// Types the whole app shares: the build-time constants vite.config.ts defines.
declare global {
	/** The package version, from package.json at build time. */
	const __WAYMARK_VERSION__: string;
	/** An optional build id (WAYMARK_BUILD_ID), so two builds of one version can be told apart. */
	const __WAYMARK_BUILD__: string;

	namespace App {
		interface PageState {
			/** A new entry once first saved: the editor, shown again after unlocking, reopens it. */
			entryId?: string;
			/** What was just done, said by the screen a form returns to ("Check-in saved."). */
			done?: string;
			/** A check-in at its hardest (lowest mood, or a sign of things breaking down) was saved:
			 * the screen it returns to offers Help now and the person's own plan. */
			offerHelp?: boolean;
		}
	}
}

export {};
