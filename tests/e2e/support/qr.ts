import type { Locator } from '@playwright/test';
import jsQR from 'jsqr';

/**
 * What a QR code drawn by the app says, read as a phone's camera would: the SVG is drawn into a
 * canvas in the page, and its pixels are decoded here.
 */
export async function readQrCode(svg: Locator): Promise<string | null> {
	const size = 600;
	const pixels = await svg.evaluate(async (element, size) => {
		const image = new Image(size, size);
		const source = new XMLSerializer().serializeToString(element);
		const url = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml' }));
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = canvas.height = size;
		const context = canvas.getContext('2d')!;
		context.drawImage(image, 0, 0, size, size);
		URL.revokeObjectURL(url);
		return Array.from(context.getImageData(0, 0, size, size).data);
	}, size);
	return jsQR(Uint8ClampedArray.from(pixels), size, size)?.data ?? null;
}
