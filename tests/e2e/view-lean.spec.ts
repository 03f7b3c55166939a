import { expect, test } from './fixtures';

// The worker opens a link on a machine that has never seen Waymark: the page brings only what the
// summary needs. The shell's words and its frame's styles must not reach that browser at all.
test('the worker’s view fetches none of the shell’s scripts or styles', async ({ page }) => {
	const bodies: Promise<string>[] = [];
	page.on('response', (response) => {
		const type = response.request().resourceType();
		if (type === 'script' || type === 'stylesheet') bodies.push(response.text());
	});
	await page.goto('/view');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await page.waitForLoadState('networkidle');
	const fetched = await Promise.all(bodies);
	expect(fetched.length).toBeGreaterThan(0);
	// Svelte and SvelteKit's client come as one file that asks to be compiled as it streams in
	// (build-tools/compile-hint.js).
	expect(fetched.filter((body) => body.startsWith('//# allFunctionsCalledOnLoad\n'))).toHaveLength(
		1
	);
	for (const body of fetched) {
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
