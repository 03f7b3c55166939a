import { describe, expect, it } from 'vitest';
import { isCurrent, isCurrentItem, navItems, screenOf } from '$lib/shell/nav-items';

describe('navigation entries', () => {
	it('marks home current only on the home screen', () => {
		expect(isCurrent('/', '/')).toBe(true);
		expect(isCurrent('/', '/settings')).toBe(false);
		expect(isCurrent('/', null)).toBe(false);
	});

	it('marks a section current on its own screen and the screens inside it', () => {
		expect(isCurrent('/settings', '/settings')).toBe(true);
		expect(isCurrent('/settings', '/settings/backup' as never)).toBe(true);
		expect(isCurrent('/settings', '/settingsx' as never)).toBe(false);
	});

	it('marks the journey current on its goals, check-ins, sessions and reviews', () => {
		const journey = navItems.find((item) => item.route === '/journey')!;
		for (const screen of ['/journey', '/checkin', '/goals/[id]', '/sessions/new', '/reviews'])
			expect(isCurrentItem(journey, screen)).toBe(true);
		expect(isCurrentItem(journey, '/journal')).toBe(false);
	});

	it('has one entry per screen, each with a label', () => {
		const routes = navItems.map((item) => item.route);
		expect(new Set(routes).size).toBe(routes.length);
		for (const item of navItems) expect(item.label.trim()).not.toBe('');
	});
});

describe('screens', () => {
	it('are named without the (app) group their routes sit in', () => {
		expect(screenOf('/(app)')).toBe('/');
		expect(screenOf('/(app)/goals/[id]')).toBe('/goals/[id]');
		expect(screenOf('/view')).toBe('/view');
		expect(screenOf(null)).toBe(null);
	});
});
