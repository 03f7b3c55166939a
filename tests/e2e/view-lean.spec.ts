import { hint } from '../../build-tools/compile-hint.js';
import { expect, test } from './fixtures';

// The worker opens a link on a machine that has never seen Waymark: the page brings only what the
// summary needs. The shell's words and its frame's styles must not reach that browser at all.
test('the worker’s view fetches none of the shell’s scripts or styles', async ({ page }) => {
	const bodies: Promise<[string, string]>[] = [];
	page.on('response', (response) => {
		const type = response.request().resourceType();
		if (type === 'script' || type === 'stylesheet')
			bodies.push(response.text().then((body) => [new URL(response.url()).pathname, body]));
	});
	await page.goto('/view');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await page.waitForLoadState('networkidle');
	const fetched = new Map(await Promise.all(bodies));
	expect(fetched.size).toBeGreaterThan(0);
	// Every file the view starts with asks to be compiled as it streams in
	// (build-tools/compile-hint.js); the page's boot script names them.
	const html = await (await page.request.get('/view')).text();
	const starts = JSON.parse(html.match(/const hrefs = (\[[^\]]*\])/)![1]) as string[];
	expect(starts.length).toBeGreaterThan(5);
	for (const href of starts)
		expect(fetched.get(new URL(href, page.url()).pathname)?.startsWith(hint), href).toBe(true);
	for (const body of fetched.values()) {
		expect(body).not.toContain('Quick exit');
		// The frame's own styles (app.css names its classes only to hide them in print).
		expect(body).not.toMatch(/\.topbar\.svelte-/);
	}

	// The same check finds the shell where it is: the journal's own screens load it.
	const shellBodies: Promise<string>[] = [];
	page.removeAllListeners('response');
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script') shellBodies.push(response.text());
	});
	await page.goto('/');
	await expect(page.getByRole('button', { name: 'Quick exit' })).toBeVisible();
	await page.waitForLoadState('networkidle');
	expect((await Promise.all(shellBodies)).some((body) => body.includes('Quick exit'))).toBe(true);
});
