import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bootAfterPaint } from '../../../build-tools/boot-after-paint.js';
import { inlineScriptBodies } from '../../../build-tools/inline-script-hashes.js';

// A prerendered page as SvelteKit 2 writes it (the welcome, shortened): preloads in the head,
// the boot script at the end of the body, and its hash in the page's policy.
const boot = `
				{
					__sveltekit_x = {
						base: new URL(".", location).pathname.slice(0, -1)
					};

					const element = document.currentScript.parentElement;

					Promise.all([
						import("./_app/immutable/entry/start.js"),
						import("./_app/immutable/entry/app.js")
					]).then(([kit, app]) => {
						kit.start(app, element, { node_ids: [0, 2], data: [null, null], form: null, error: null });
					});
				}
			`;
const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = `<!doctype html>
<html lang="en-GB">
	<head>
		<script>/* the theme */</script>
		<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-theme' ${hash(boot)}; style-src 'self'">
		<link href="./_app/immutable/entry/start.js" rel="modulepreload" fetchpriority="low">
		<link href="./_app/immutable/chunks/a.js" rel="modulepreload">
		<style>body{}</style>
	</head>
	<body>
		<div style="display: contents"><main>Welcome</main><script>${boot}</script>
		</div>
	</body>
</html>
`;

/** Runs the page's boot script in a stand-in document, with import() as a recorded call. */
function runBoot(html: string, visibilityState: 'visible' | 'hidden', marks: object = {}) {
	const body = inlineScriptBodies(html).find((script) => script.includes('kit.start'))!;
	const events: string[] = [];
	const frames: (() => void)[] = [];
	const timers: { ms: number; run: () => void }[] = [];
	const document = {
		visibilityState,
		addEventListener: () => {},
		currentScript: { parentElement: 'the body' },
		createElement: () => ({}),
		// The links go in together, as one fragment.
		createDocumentFragment: () => {
			const links: { href: string }[] = [];
			return { links, append: (link: { href: string }) => links.push(link) };
		},
		head: {
			append: ({ links }: { links: { href: string }[] }) =>
				events.push(...links.map((link) => `preload ${link.href}`))
		},
		documentElement: { dataset: marks }
	};
	const started: unknown[] = [];
	const load = (path: string) => {
		events.push(`import ${path}`);
		return Promise.resolve({ start: (...args: unknown[]) => started.push(args) });
	};
	const run = new Function(
		'document',
		'location',
		'requestAnimationFrame',
		'setTimeout',
		'load',
		body.replaceAll('import(', 'load(')
	);
	run(
		document,
		new URL('https://waymark.example/'),
		(frame: () => void) => frames.push(frame),
		(timer: (...args: unknown[]) => void, ms = 0, ...args: unknown[]) =>
			timers.push({ ms, run: () => timer(...args) }),
		load
	);
	/** Runs the timers due at once (none of the fallbacks), as the next task would. */
	const runDue = () => {
		for (const timer of timers.splice(0).filter((t) => t.ms === 0)) timer.run();
	};
	return { events, frames, timers, started, runDue };
}

describe('bootAfterPaint', () => {
	const changed = bootAfterPaint(page);

	it('takes the preload links out of the head', () => {
		expect(changed).not.toContain('rel="modulepreload"');
		expect(changed).toContain('<main>Welcome</main>');
	});

	it('allows the changed boot script by its own hash, and no longer the old one', () => {
		const body = inlineScriptBodies(changed).find((script) => script.includes('kit.start'))!;
		expect(changed).toContain(hash(body));
		expect(changed).not.toContain(hash(boot));
		expect(changed).toContain("'sha256-theme'");
	});

	it('asks for nothing until a frame has been drawn, then for every file at once', async () => {
		const { events, frames, started, runDue } = runBoot(changed, 'visible');
		expect(events).toEqual([]);
		frames.forEach((frame) => frame());
		expect(events).toEqual([]);
		runDue();
		expect(events).toEqual([
			'preload ./_app/immutable/entry/start.js',
			'preload ./_app/immutable/chunks/a.js',
			'import ./_app/immutable/entry/start.js',
			'import ./_app/immutable/entry/app.js'
		]);
		// The app starts in a task of its own, after the modules have run.
		for (let turn = 0; turn < 5; turn++) await Promise.resolve();
		expect(started).toEqual([]);
		runDue();
		for (let turn = 0; turn < 5; turn++) await Promise.resolve();
		expect(started).toHaveLength(1);
		expect((started[0] as unknown[])[1]).toBe('the body');
	});

	it('starts within a second when no frame comes, and only once', () => {
		const { events, frames, timers } = runBoot(changed, 'visible');
		timers.find((t) => t.ms === 1000)!.run();
		frames.forEach((frame) => frame());
		for (const timer of timers.filter((t) => t.ms === 0)) timer.run();
		expect(events.filter((e) => e.startsWith('import ./_app/immutable/entry/start'))).toHaveLength(
			1
		);
	});

	it('starts at once in a hidden tab, where no frame is drawn', () => {
		const { events, frames } = runBoot(changed, 'hidden');
		expect(frames).toEqual([]);
		expect(events).toContain('import ./_app/immutable/entry/start.js');
	});

	it('starts at once when the HTML cannot show the first screen (app.html marks bootNow)', () => {
		const { events, frames } = runBoot(changed, 'visible', { bootNow: '' });
		expect(frames).toEqual([]);
		expect(events).toContain('preload ./_app/immutable/chunks/a.js');
		expect(events).toContain('import ./_app/immutable/entry/start.js');
	});

	it('fails the build on a page shaped otherwise, rather than ship one that never starts', () => {
		expect(() => bootAfterPaint('<html><body>no script</body></html>')).toThrow(/boot script/);
		expect(() => bootAfterPaint(page.replace(hash(boot), "'sha256-other'"))).toThrow(/hash/);
		expect(() => bootAfterPaint(page.replaceAll('rel="modulepreload"', 'rel="x"'))).toThrow(
			/modulepreload/
		);
		expect(() =>
			bootAfterPaint(page.replace('rel="modulepreload">', 'as="script" rel="modulepreload">'))
		).toThrow(/could not read/);
	});
});
