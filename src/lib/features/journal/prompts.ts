import { prompts } from './prompt-text';

/** The prompt for a day: the same all day, a different one tomorrow. */
export function promptFor(day: Date, offset = 0): string {
	const days = Math.floor(Date.UTC(day.getFullYear(), day.getMonth(), day.getDate()) / 86_400_000);
	const n = prompts.length;
	return prompts[(((days + offset) % n) + n) % n];
}
