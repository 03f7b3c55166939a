import { describe, expect, it } from 'vitest';
import { escapeCounter, leaveOnEscapes } from '$lib/shell/escape-exit';

describe('three Escapes leave Waymark', () => {
	it('leaves on the third Escape within a second and a half', () => {
		const counter = escapeCounter();
		expect(counter.escape(0)).toBe(false);
		expect(counter.escape(400)).toBe(false);
		expect(counter.escape(1400)).toBe(true);
	});

	it('does not leave when the presses are spread out', () => {
		const counter = escapeCounter();
		expect(counter.escape(0)).toBe(false);
		expect(counter.escape(1000)).toBe(false);
		expect(counter.escape(2000)).toBe(false);
		// …but the last two and a quick third still do.
		expect(counter.escape(2100)).toBe(true);
	});

	it('starts counting again after leaving, and after any other key', () => {
		const counter = escapeCounter();
		counter.escape(0);
		counter.escape(100);
		expect(counter.escape(200)).toBe(true);
		expect(counter.escape(300)).toBe(false);
		counter.other();
		expect(counter.escape(400)).toBe(false);
		expect(counter.escape(500)).toBe(false);
		expect(counter.escape(600)).toBe(true);
	});

	it('listens to key presses, ignoring held keys and composed text, until stopped', () => {
		const target = new EventTarget();
		let left = 0;
		const stop = leaveOnEscapes(() => left++, target as unknown as Window);
		// A key press as the browser reports it (timeStamp and key are read-only on an Event).
		const fake = (key: string, at: number, extra: object = {}) => {
			const event = new Event('keydown');
			Object.defineProperties(event, {
				key: { value: key },
				timeStamp: { value: at },
				repeat: { value: false },
				isComposing: { value: false },
				...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, { value: v }]))
			});
			target.dispatchEvent(event);
		};
		fake('Escape', 0);
		fake('Escape', 100, { repeat: true });
		fake('Escape', 200, { isComposing: true });
		fake('Escape', 300);
		expect(left).toBe(0);
		fake('a', 400);
		fake('Escape', 500);
		fake('Escape', 600);
		expect(left).toBe(0);
		fake('Escape', 700);
		expect(left).toBe(1);
		stop();
		fake('Escape', 800);
		fake('Escape', 900);
		fake('Escape', 1000);
		expect(left).toBe(1);
	});
});
