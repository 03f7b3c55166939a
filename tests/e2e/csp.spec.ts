import { expect, test } from './fixtures';
import { JournalPage } from './pages/journal';

type Policy = Map<string, string[]>;

function parsePolicy(policy: string): Policy {
	return new Map(
		policy.split(';').map((part) => {
			const [name, ...values] = part.trim().split(/\s+/);
			return [name, values] as const;
		})
	);
}

async function metaPolicy(page: import('@playwright/test').Page): Promise<Policy> {
	const content = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	return parsePolicy(content!);
}

/** Only the page's own origin, and inline code only by its hash. */
const strictSource = /^'(self|none|wasm-unsafe-eval|sha256-[A-Za-z0-9+/=]+)'$|^(blob|data):$/;

test.describe('Content Security Policy', () => {
	test('declares a strict policy on the prerendered pages and the fallback alike', async ({
		page
	}) => {
		// The welcome and the worker's view are prerendered, the screens drawn from the fallback.
		for (const path of ['/', '/view', '/settings']) {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			const directives = await metaPolicy(page);
			expect(directives.get('default-src'), path).toEqual(["'self'"]);
			expect(directives.get('connect-src'), path).toEqual(["'self'"]);
			expect(directives.get('object-src'), path).toEqual(["'none'"]);
			expect(directives.get('base-uri'), path).toEqual(["'none'"]);
			for (const name of ['script-src', 'style-src']) {
				const sources = directives.get(name)!;
				expect(sources, `${path} ${name}`).toContain("'self'");
				expect(sources, `${path} ${name}`).not.toContain("'unsafe-inline'");
				expect(sources, `${path} ${name}`).not.toContain("'unsafe-eval'");
				for (const source of sources) expect(source, `${path} ${name}`).toMatch(strictSource);
			}
		}
	});

	test('sends a header policy holding each page to no more than its own, with frame-ancestors, on the pages, sw.js and the key worker', async ({
		page,
		seed
	}) => {
		const workers: string[] = [];
		page.on('worker', (worker) => workers.push(worker.url()));
		// Unlocking derives a key in the worker, which runs under the policy its header sets.
		await seed();
		await new JournalPage(page).open();
		const kdfWorker = workers.find((url) => /kdf\.worker/.test(url));
		expect(kdfWorker, 'the key derivation worker').toBeDefined();
		const pages: Policy[] = [];
		for (const path of ['/', '/view', '/settings']) {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			pages.push(await metaPolicy(page));
		}
		for (const url of ['/', '/view', '/settings', '/sw.js', kdfWorker!]) {
			const headers = (await page.request.get(url)).headers();
			const header = parsePolicy(headers['content-security-policy']);
			expect(header.get('frame-ancestors'), url).toEqual(["'none'"]);
			// Each page's tag allows only what the header does: both apply, so neither loosens.
			for (const policy of pages)
				for (const [name, sources] of policy)
					expect(header.get(name), `${url} ${name}`).toEqual(expect.arrayContaining(sources));
			for (const sources of header.values())
				for (const source of sources) expect(source, url).toMatch(strictSource);
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
