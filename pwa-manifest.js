// The web app manifest, kept as data so a unit test can check it and vite.config.ts can emit it.

/** Colours shared by the manifest, app.html and the light theme. */
export const themeColour = '#1f5f5b';
export const backgroundColour = '#f7f5f0';

/** @type {Partial<import('vite-plugin-pwa').ManifestOptions>} */
export const manifest = {
	id: '/',
	name: 'Waymark: my recovery journal',
	short_name: 'Waymark',
	description:
		'My recovery plan, goals and check-ins, written and kept on my own phone. Private, works offline, no account.',
	lang: 'en-GB',
	dir: 'ltr',
	start_url: '/',
	scope: '/',
	display: 'standalone',
	orientation: 'any',
	theme_color: themeColour,
	background_color: backgroundColour,
	categories: ['health', 'lifestyle', 'productivity'],
	icons: [
		{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
		{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
		{
			src: '/icons/icon-maskable-512.png',
			sizes: '512x512',
			type: 'image/png',
			purpose: 'maskable'
		},
		{ src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }
	]
};
