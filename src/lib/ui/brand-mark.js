// Waymark's mark, drawn once: a dotted path up to a flag. scripts/draw-icons.js writes
// static/icons/*.svg and the PNG icons from this data; BrandMark.svelte writes the same drawing
// out as static markup, and tests/unit/ui/brand-mark.test.ts keeps the two in step.

export const brandColours = { ground: '#1f5f5b', path: '#f7f5f0', flag: '#f2b84b' };

/**
 * The mark's lines on a 512-unit square, without the background.
 * @type {import('svelte/elements').SVGAttributes<SVGPathElement>[]}
 */
export const brandPaths = [
	{
		d: 'M150 430C170 360 350 380 340 300S180 250 206 176',
		fill: 'none',
		stroke: brandColours.path,
		'stroke-width': 38,
		'stroke-linecap': 'round',
		'stroke-dasharray': '1 66'
	},
	{
		d: 'M214 176V84',
		fill: 'none',
		stroke: brandColours.path,
		'stroke-width': 22,
		'stroke-linecap': 'round'
	},
	{ d: 'M225 84l118 36-118 36z', fill: brandColours.flag }
];

/**
 * The mark as a standalone SVG document. Maskable: a full-bleed square with the drawing shrunk
 * into the safe zone, for launchers that cut their own shape.
 * @param {{ maskable?: boolean }} [options]
 */
export function brandMarkSvg({ maskable = false } = {}) {
	const paths = brandPaths
		.map(
			(attributes) =>
				`<path ${Object.entries(attributes)
					.map(([k, v]) => `${k}="${v}"`)
					.join(' ')}/>`
		)
		.join('');
	const ground = `<rect width="512" height="512"${maskable ? '' : ' rx="112"'} fill="${brandColours.ground}"/>`;
	const drawing = maskable ? `<g transform="translate(76.8 76.8) scale(0.7)">${paths}</g>` : paths;
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><title>Waymark</title>${ground}${drawing}</svg>\n`;
}
