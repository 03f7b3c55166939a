import type { RouteId } from '$app/types';
import type { IconName } from '$lib/ui/Icon.svelte';
import { text } from './text';

export interface NavItem {
	route: RouteId;
	label: string;
	icon: IconName;
}

// Only screens that exist get an entry; each later feature adds its own here.
export const navItems: NavItem[] = [
	{ route: '/', label: text.nav.home, icon: 'home' },
	{ route: '/settings', label: text.nav.settings, icon: 'settings' }
];

/** Whether a nav entry is the current screen, or a screen inside it (by SvelteKit route id). */
export function isCurrent(route: RouteId, current: string | null): boolean {
	if (current === null) return false;
	return route === '/' ? current === '/' : current === route || current.startsWith(`${route}/`);
}
