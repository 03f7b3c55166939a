import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { manifest, themeColour } from '../../pwa-manifest.js';

/** Width and height from a PNG's IHDR chunk. */
async function pngSize(path: string) {
	const bytes = await readFile(path);
	expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
	return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

describe('web app manifest', () => {
	it('has what Android and iOS need to install the app', () => {
		expect(manifest.name).toBeTruthy();
		expect(manifest.short_name!.length).toBeLessThanOrEqual(12);
		expect(manifest.description).toBeTruthy();
		expect(manifest).toMatchObject({ start_url: '/', scope: '/', display: 'standalone' });
		expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
		expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/);
	});

	it('lists 192 and 512 px icons, one maskable, each file the size it claims', async () => {
		const icons = manifest.icons!.filter((icon) => icon.type === 'image/png');
		expect(icons.map((icon) => `${icon.sizes}:${icon.purpose}`)).toEqual(
			expect.arrayContaining(['192x192:any', '512x512:any', '512x512:maskable'])
		);
		for (const icon of icons) expect(await pngSize(`static${icon.src}`)).toBe(icon.sizes);
	});

	it('uses the same theme colour as the page', async () => {
		const html = await readFile('src/app.html', 'utf8');
		expect(html).toContain(`name="theme-color" content="${themeColour}"`);
		expect(await pngSize('static/icons/apple-touch-icon.png')).toBe('180x180');
	});
});
