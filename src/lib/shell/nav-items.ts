import type { RouteId } from '$app/types';
import type { IconName } from '$lib/ui/Icon.svelte';
import { text } from './text';

/** A screen of the journal, named without the (app) group its route sits in. */
type Screen<R> = R extends `/(app)${infer Rest}` ? (Rest extends '' ? '/' : Rest) : never;
/** Screens without parameters: the only kind a nav entry can point at. */
type PlainRoute = Exclude<Screen<RouteId>, `${string}[${string}`>;

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

/** The screen a SvelteKit route id stands for: "/(app)/goals/[id]" is "/goals/[id]". */
export function screenOf(routeId: string | null): string | null {
	if (routeId === null) return null;
	return routeId.replace(/^\/\(app\)/, '') || '/';
}

/** Whether a nav entry is the current screen, or a screen inside it (by screen, as screenOf). */
export function isCurrent(route: PlainRoute, current: string | null): boolean {
	if (current === null) return false;
	return route === '/' ? current === '/' : current === route || current.startsWith(`${route}/`);
}

/** Whether a nav entry stands for the current screen. */
export function isCurrentItem(item: NavItem, current: string | null): boolean {
	return [item.route, ...(item.also ?? [])].some((route) => isCurrent(route, current));
}
