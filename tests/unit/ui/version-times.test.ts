import { describe, expect, it } from 'vitest';
import { formatWhen } from '$lib/ui/format-date';
import { versionTimes } from '$lib/ui/version-times';

describe('version labels', () => {
	it('say the minute when no two versions share it', () => {
		const isos = ['2026-11-24T09:17:05.000Z', '2026-11-24T09:15:40.000Z'];
		expect(versionTimes(isos)).toEqual(isos.map((iso) => formatWhen(iso)));
	});

	it('differ when two versions were saved in the same minute, by showing the seconds', () => {
		const isos = [
			'2026-11-24T09:15:40.000Z',
			'2026-11-24T09:15:05.000Z',
			'2026-11-23T18:00:00.000Z'
		];
		const labels = versionTimes(isos);
		expect(new Set(labels).size).toBe(3);
		expect(labels[0]).toMatch(/40/);
		expect(labels[1]).toMatch(/05/);
		// A version alone in its minute keeps the shorter label.
		expect(labels[2]).toBe(formatWhen(isos[2]));
	});

	it('number versions saved in the same second, oldest first, so every label is different', () => {
		const iso = '2026-11-24T09:15:40.000Z';
		const labels = versionTimes([iso, '2026-11-24T09:15:40.400Z', iso]);
		expect(new Set(labels).size).toBe(3);
		expect(labels[2]).toMatch(/\(1\)$/);
		expect(labels[1]).toMatch(/\(2\)$/);
		expect(labels[0]).toMatch(/\(3\)$/);
	});

	it('has nothing to say for no versions', () => {
		expect(versionTimes([])).toEqual([]);
	});
});
