import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EncodingError } from '$lib/crypto/errors';
import { pad, paddedSize, unpad } from '$lib/crypto/padding';
import type { Padding } from '$lib/domain/record-kind';

describe('padding', () => {
	it('rounds sizes up as Padmé does, so lengths reveal little', () => {
		expect(paddedSize(0)).toBe(256);
		expect(paddedSize(252)).toBe(256);
		expect(paddedSize(253)).toBe(272);
		expect(paddedSize(796)).toBe(800);
		expect(paddedSize(797)).toBe(832);
		expect(paddedSize(5000)).toBe(5120);
		expect(paddedSize(64 * 1024)).toBe(67584);
		expect(pad(new Uint8Array(10)).length).toBe(pad(new Uint8Array(200)).length);
	});

	it('never adds more than 12% beyond 256 bytes, and gives far fewer sizes than lengths', () => {
		const sizes = new Set<number>();
		let tooSmall = 0;
		let worst = 0;
		for (let length = 253; length < 1_000_000; length += 7) {
			const size = paddedSize(length);
			if (size < length + 4) tooSmall++;
			worst = Math.max(worst, size / (length + 4));
			sizes.add(size);
		}
		expect(tooSmall).toBe(0);
		expect(worst).toBeLessThanOrEqual(1.12);
		expect(sizes.size).toBeLessThan(300);
	});

	it('round-trips any bytes', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 5000 }), (data) => {
				expect(unpad(pad(data))).toEqual(data);
			})
		);
	});

	it('refuses a changed length, bytes after the end, or a wrong bucket size', () => {
		const padded = pad(new TextEncoder().encode('hope'));
		// (Padding sits inside the authenticated ciphertext; these checks are a second line.)
		const longer = padded.slice();
		longer[3] = 253;
		expect(() => unpad(longer)).toThrow(EncodingError);
		const trailing = padded.slice();
		trailing[200] = 1;
		expect(() => unpad(trailing)).toThrow(EncodingError);
		expect(() => unpad(padded.subarray(0, 255))).toThrow(EncodingError);
		expect(() => unpad(new Uint8Array(2))).toThrow(EncodingError);
	});

	it('pads to powers of two for a kind that asks, hiding a count within a factor of two', () => {
		expect(paddedSize(0, 'power-of-two')).toBe(256);
		expect(paddedSize(253, 'power-of-two')).toBe(512);
		expect(paddedSize(4092, 'power-of-two')).toBe(4096);
		expect(paddedSize(4093, 'power-of-two')).toBe(8192);
		const sizes = new Set<number>();
		for (let length = 3_000; length < 120_000; length += 150)
			sizes.add(paddedSize(length, 'power-of-two'));
		expect([...sizes]).toEqual([4096, 8192, 16384, 32768, 65536, 131072]);
	});

	it('pads everything up to a fixed size to that one size, and anything larger by Padmé', () => {
		const fixed = { atLeast: 10_000 };
		expect(paddedSize(0, fixed)).toBe(paddedSize(9_000, fixed));
		expect(paddedSize(9_996, fixed)).toBe(paddedSize(0, fixed));
		expect(paddedSize(0, fixed)).toBeGreaterThanOrEqual(10_000);
		expect(paddedSize(50_000, fixed)).toBe(paddedSize(50_000));
	});

	it('opens what any padding made, without being told which', () => {
		fc.assert(
			fc.property(
				fc.uint8Array({ maxLength: 5000 }),
				fc.constantFrom<Padding>('padme', 'power-of-two', { atLeast: 6000 }),
				(data, padding) => {
					expect(unpad(pad(data, padding))).toEqual(data);
				}
			)
		);
	});
});
