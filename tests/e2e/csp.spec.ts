import { expect, test } from './fixtures';
import { AppPage } from './pages/app';
import { JournalPage } from './pages/journal';

test.describe('Content Security Policy', () => {
	test('declares a strict policy', async ({ page }) => {
		const app = new AppPage(page);
		await app.open('/');
		const policy = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		const directives = new Map(
			policy!.split(';').map((part) => {
				const [name, ...values] = part.trim().split(/\s+/);
				return [name, values] as const;
			})
		);
		expect(directives.get('default-src')).toEqual(["'self'"]);
		expect(directives.get('style-src')).toEqual(["'self'"]);
		expect(directives.get('connect-src')).toEqual(["'self'"]);
		expect(directives.get('object-src')).toEqual(["'none'"]);
		expect(directives.get('base-uri')).toEqual(["'none'"]);
		const scripts = directives.get('script-src')!;
		expect(scripts).not.toContain("'unsafe-inline'");
		expect(scripts).not.toContain("'unsafe-eval'");
		for (const source of scripts)
			expect(source).toMatch(/^'(self|wasm-unsafe-eval|sha256-[A-Za-z0-9+/=]+)'$/);
	});

	test('sends the same policy as a header, with frame-ancestors, on the page, sw.js and the key worker', async ({
		page,
		seed
	}) => {
		const workers: string[] = [];
		page.on('worker', (worker) => workers.push(worker.url()));
		// Unlocking derives a key in the worker, which runs under the policy its header sets.
		await seed();
		await new JournalPage(page).open();
		const policy = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		const kdfWorker = workers.find((url) => /kdf\.worker/.test(url));
		expect(kdfWorker, 'the key derivation worker').toBeDefined();
		for (const url of ['/', '/sw.js', kdfWorker!]) {
			const headers = (await page.request.get(url)).headers();
			expect(headers['content-security-policy'], url).toBe(`${policy}; frame-ancestors 'none'`);
			expect(headers['x-content-type-options'], url).toBe('nosniff');
			expect(headers['referrer-policy'], url).toBe('no-referrer');
			expect(headers['permissions-policy'], url).toContain('microphone=(self)');
		}
	});

	test.describe('with a script injected into the page', () => {
		test.use({ expectErrors: true });

		test('blocks the inline script and reports the violation', async ({ page, seed }) => {
			// Injected where it could do harm: into the unlocked journal.
			await seed();
			await new JournalPage(page).open();
			const outcome = await page.evaluate(async () => {
				const violation = new Promise<string>((resolve) =>
					document.addEventListener(
						'securitypolicyviolation',
						(event) => resolve(event.violatedDirective),
						{ once: true }
					)
				);
				const script = document.createElement('script');
				script.textContent = 'window.injected = true;';
				document.body.append(script);
				return { directive: await violation, ran: 'injected' in window };
			});
			expect(outcome).toEqual({ directive: 'script-src-elem', ran: false });
		});
	});
});
