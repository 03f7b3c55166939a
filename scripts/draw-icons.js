// Writes Waymark's icons from the one drawing in src/lib/ui/brand-mark.js: the two SVGs, the PNGs
// the manifest and app.html name, and the favicon. Run by hand after changing the drawing:
// node scripts/draw-icons.js
import { readFile, rm, writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { brandMarkSvg } from '../src/lib/ui/brand-mark.js';
import { chromiumLaunchOptions } from './chromium.js';

const icons = 'static/icons';
const outputs = [
	{ svg: 'icon.svg', png: 'icon-192.png', size: 192 },
	{ svg: 'icon.svg', png: 'icon-512.png', size: 512 },
	{ svg: 'icon-maskable.svg', png: 'icon-maskable-512.png', size: 512 },
	// iOS rounds the corners itself, so the apple-touch-icon is the full-bleed drawing.
	{ svg: 'icon-maskable.svg', png: 'apple-touch-icon.png', size: 180 },
	{ svg: 'icon.svg', png: 'favicon-32.png', size: 32 }
];

await writeFile(`${icons}/icon.svg`, brandMarkSvg());
await writeFile(`${icons}/icon-maskable.svg`, brandMarkSvg({ maskable: true }));

const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage();
for (const { svg, png, size } of outputs) {
	const source = await readFile(`${icons}/${svg}`, 'utf8');
	await page.setViewportSize({ width: size, height: size });
	await page.setContent(
		`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${source}`
	);
	await page.locator('svg').screenshot({ path: `${icons}/${png}`, omitBackground: true });
}
await browser.close();

// A .ico holding one 32 px PNG: a 6-byte header and one 16-byte directory entry.
const png = await readFile(`${icons}/favicon-32.png`);
const header = Buffer.alloc(22);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(1, 4);
header.writeUInt8(32, 6);
header.writeUInt8(32, 7);
header.writeUInt16LE(1, 10);
header.writeUInt16LE(32, 12);
header.writeUInt32LE(png.length, 14);
header.writeUInt32LE(22, 18);
await writeFile('static/favicon.ico', Buffer.concat([header, png]));
await rm(`${icons}/favicon-32.png`);
