import type { RouteId } from '$app/types';
import type { IconName } from '$lib/ui/Icon.svelte';
import { text } from './text';

/** Screens without parameters: the only kind a nav entry can point at. */
type PlainRoute = Exclude<RouteId, `${string}[${string}` | '/view'>;

export interface NavItem {
	route: PlainRoute;
	label: string;
	icon: IconName;
	/** Other screens this entry stands for (goals and check-ins belong to the journey). */
	also?: PlainRoute[];
}

// Only screens that exist get an entry; each later feature adds its own here.
export const navItems: NavItem[] = [
	{ route: '/', label: text.nav.home, icon: 'home' },
	{ route: '/plan', label: text.nav.plan, icon: 'plan' },
	{
		route: '/journey',
		label: text.nav.journey,
		icon: 'journey',
		also: ['/checkin', '/goals', '/sessions', '/reviews', '/share']
	},
	{ route: '/journal', label: text.nav.journal, icon: 'journal' },
	{ route: '/settings', label: text.nav.settings, icon: 'settings' }
];

/** Whether a nav entry is the current screen, or a screen inside it (by SvelteKit route id). */
export function isCurrent(route: RouteId, current: string | null): boolean {
	if (current === null) return false;
	return route === '/' ? current === '/' : current === route || current.startsWith(`${route}/`);
}

/** Whether a nav entry stands for the current screen. */
export function isCurrentItem(item: NavItem, current: string | null): boolean {
	return [item.route, ...(item.also ?? [])].some((route) => isCurrent(route, current));
}
