import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bootAfterPaint, importsFirst } from '../../../build-tools/boot-after-paint.js';
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

/**
 * Runs the page's boot script in a stand-in document, with import() as a recorded call. Tasks
 * (timers and message-channel turns) wait in a queue for `runTasks`; the events each task adds
 * are grouped, so a test can see what runs together.
 */
function runBoot(
	html: string,
	visibilityState: 'visible' | 'hidden',
	marks: object = {},
	{ preloadSupported = true, failing = '', paintTiming = true } = {}
) {
	const body = inlineScriptBodies(html).find((script) => script.includes('kit.start'))!;
	const events: string[] = [];
	const frames: (() => void)[] = [];
	const timers: { ms: number; run: () => void }[] = [];
	const listeners: Record<string, () => void> = {};
	const document = {
		visibilityState,
		addEventListener: (type: string, listener: () => void) => (listeners[type] = listener),
		currentScript: { parentElement: 'the body' },
		createElement: () => ({
			relList: { supports: (kind: string) => preloadSupported && kind === 'modulepreload' }
		}),
		// Each batch of links goes in together, as one fragment.
		createDocumentFragment: () => {
			const links: { href: string }[] = [];
			return { links, append: (link: { href: string }) => links.push(link) };
		},
		head: {
			append: ({ links }: { links: { href: string }[] }) =>
				events.push(links.map((link) => `preload ${link.href}`).join(', '))
		},
		documentElement: { dataset: marks }
	};
	const started: unknown[] = [];
	const load = (path: string) => {
		events.push(`import ${path}`);
		if (path === failing) return Promise.reject(new Error('offline'));
		return Promise.resolve({ start: (...args: unknown[]) => started.push(args) });
	};
	// Paint timing as the browser reports it: `painted` delivers the first contentful paint.
	const observers: ((list: object, observer: object) => void)[] = [];
	class PerformanceObserver {
		static supportedEntryTypes = paintTiming ? ['paint', 'navigation'] : ['navigation'];
		disconnected = false;
		constructor(private readonly callback: (list: object, observer: object) => void) {}
		observe({ type, buffered }: { type: string; buffered?: boolean }) {
			if (type === 'paint' && buffered)
				observers.push((list) => this.disconnected || this.callback(list, this));
		}
		disconnect() {
			this.disconnected = true;
		}
	}
	const deliver = (names: string[]) => {
		const list = { getEntriesByName: (name: string) => names.filter((n) => n === name) };
		observers.forEach((observer) => observer(list, {}));
	};
	/** The first paint on screen: reported to observers, or a frame where paint timing is absent. */
	const painted = () => {
		deliver(['first-paint']);
		deliver(['first-contentful-paint']);
		deliver(['first-contentful-paint']);
		frames.forEach((frame) => frame());
	};
	class MessageChannel {
		port1: { onmessage: (() => void) | null } = { onmessage: null };
		port2 = { postMessage: () => timers.push({ ms: 0, run: () => this.port1.onmessage?.() }) };
	}
	const run = new Function(
		'document',
		'location',
		'requestAnimationFrame',
		'setTimeout',
		'MessageChannel',
		'PerformanceObserver',
		'load',
		body.replaceAll('import(', 'load(')
	);
	run(
		document,
		new URL('https://waymark.example/'),
		(frame: () => void) => frames.push(frame),
		(timer: (...args: unknown[]) => void, ms = 0, ...args: unknown[]) =>
			timers.push({ ms, run: () => timer(...args) }),
		MessageChannel,
		PerformanceObserver,
		load
	);
	const settle = () => new Promise((done) => setImmediate(done));
	/** Runs the tasks due at once (none of the fallbacks) one by one, as the event loop would. */
	const runTasks = async () => {
		const tasks: string[][] = [];
		await settle();
		for (let due = timers.findIndex((t) => t.ms === 0); due >= 0;) {
			const before = events.length;
			const startedBefore = started.length;
			timers.splice(due, 1)[0].run();
			await settle();
			const added = events.slice(before);
			if (started.length > startedBefore) added.push('start');
			if (added.length) tasks.push(added);
			due = timers.findIndex((t) => t.ms === 0);
		}
		return tasks;
	};
	/** The page hidden, as the browser tells it. */
	const hide = () => {
		document.visibilityState = 'hidden';
		listeners.visibilitychange?.();
	};
	/** Whether anything waits for a paint (a frame, or paint timing). */
	const waiting = () => frames.length + observers.length > 0;
	return { events, timers, started, runTasks, hide, painted, waiting };
}

describe('bootAfterPaint', () => {
	// start.js imports a.js, as the built files say.
	const sources: Record<string, string> = {
		'./_app/immutable/entry/start.js': 'import{a as b}from"../chunks/a.js";export{b as start};',
		'./_app/immutable/chunks/a.js': 'const a=()=>import("./later.js");export{a};'
	};
	const atOnce = [
		'preload ./_app/immutable/entry/start.js, preload ./_app/immutable/chunks/a.js',
		'import ./_app/immutable/entry/start.js',
		'import ./_app/immutable/entry/app.js'
	];
	const changed = bootAfterPaint(page, (href) => sources[href]);

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

	it('asks for nothing until the first paint is on screen, then starts in short tasks', async () => {
		const { events, started, runTasks, painted } = runBoot(changed, 'visible');
		await runTasks();
		expect(events).toEqual([]);
		painted();
		expect(events).toEqual([]);
		// The preloads (a few at a time), then each module in a task of its own, each after those
		// it imports, then the app, in a task of its own.
		expect(await runTasks()).toEqual([
			['preload ./_app/immutable/entry/start.js, preload ./_app/immutable/chunks/a.js'],
			['import ./_app/immutable/chunks/a.js'],
			['import ./_app/immutable/entry/start.js'],
			['import ./_app/immutable/entry/start.js', 'import ./_app/immutable/entry/app.js'],
			['start']
		]);
		expect(started).toHaveLength(1);
		expect((started[0] as unknown[])[1]).toBe('the body');
	});

	it('waits for a drawn frame where the browser does not report paints', async () => {
		const { events, painted, runTasks } = runBoot(changed, 'visible', {}, { paintTiming: false });
		await runTasks();
		expect(events).toEqual([]);
		painted();
		expect((await runTasks()).at(-1)).toEqual(['start']);
	});

	it('adds the preload links six at a time', async () => {
		const many = Array.from({ length: 8 }, (_, i) => `./_app/immutable/chunks/c${i}.js`);
		const links = many.map((href) => `<link href="${href}" rel="modulepreload">`).join('\n');
		const { painted, runTasks } = runBoot(
			bootAfterPaint(page.replace('<style>', `${links}\n<style>`), (href) => sources[href] ?? ''),
			'visible'
		);
		painted();
		const tasks = await runTasks();
		const preloads = tasks.filter(([event]) => event.startsWith('preload'));
		expect(preloads.map(([event]) => event.split(', ').length)).toEqual([6, 4]);
	});

	it('starts within a second when no paint is reported, and only once', async () => {
		const { events, painted, timers, runTasks } = runBoot(changed, 'visible');
		timers.find((t) => t.ms === 1000)!.run();
		painted();
		await runTasks();
		expect(events.filter((e) => e.startsWith('import ./_app/immutable/entry/app'))).toHaveLength(1);
	});

	it('asks for everything at once in a hidden tab, where no frame is drawn', async () => {
		const { events, waiting, runTasks } = runBoot(changed, 'hidden');
		expect(waiting()).toBe(false);
		expect(events).toEqual(atOnce);
		expect(await runTasks()).toEqual([['start']]);
	});

	it('asks for everything at once when the tab is hidden before its first frame', async () => {
		const { events, painted, hide, runTasks } = runBoot(changed, 'visible');
		hide();
		painted();
		expect(events).toEqual(atOnce);
		expect(await runTasks()).toEqual([['start']]);
	});

	it('asks for everything at once where preload links do not fetch ahead', async () => {
		const { events, painted, runTasks } = runBoot(
			changed,
			'visible',
			{},
			{ preloadSupported: false }
		);
		painted();
		expect(await runTasks()).toEqual([atOnce, ['start']]);
		expect(events).toEqual(atOnce);
	});

	it('still starts when a file fails to load early, so the app can say what went wrong', async () => {
		const { painted, started, runTasks } = runBoot(
			changed,
			'visible',
			{},
			{ failing: './_app/immutable/chunks/a.js' }
		);
		painted();
		const tasks = await runTasks();
		expect(tasks).toContainEqual(['import ./_app/immutable/chunks/a.js']);
		expect(tasks.at(-1)).toEqual(['start']);
		expect(started).toHaveLength(1);
	});

	it('asks for everything at once when the HTML cannot show the first screen (bootNow)', async () => {
		const { events, waiting, runTasks } = runBoot(changed, 'visible', { bootNow: '' });
		expect(waiting()).toBe(false);
		expect(events).toHaveLength(3);
		expect(events[0]).toContain('preload ./_app/immutable/chunks/a.js');
		expect(await runTasks()).toEqual([['start']]);
	});

	it('fails the build on a page shaped otherwise, rather than ship one that never starts', () => {
		const read = (href: string) => sources[href];
		expect(() => bootAfterPaint('<html><body>no script</body></html>', read)).toThrow(
			/boot script/
		);
		expect(() => bootAfterPaint(page.replace(hash(boot), "'sha256-other'"), read)).toThrow(/hash/);
		expect(() => bootAfterPaint(page.replaceAll('rel="modulepreload"', 'rel="x"'), read)).toThrow(
			/modulepreload/
		);
		expect(() =>
			bootAfterPaint(page.replace('rel="modulepreload">', 'as="script" rel="modulepreload">'), read)
		).toThrow(/could not read/);
		// Something after the start (as SvelteKit writes for a service worker of its own).
		const added = boot.replace(
			'});\n\t\t\t\t}',
			'});\n\t\t\t\t\tnavigator.serviceWorker;\n\t\t\t\t}'
		);
		expect(added).not.toBe(boot);
		expect(() =>
			bootAfterPaint(page.replaceAll(boot, added).replace(hash(boot), hash(added)), read)
		).toThrow(/changed/);
		// A built file it cannot read to order.
		expect(() => bootAfterPaint(page, () => undefined)).toThrow(/cannot read/);
	});
});

describe('importsFirst', () => {
	const source = (files: Record<string, string>) => (href: string) => files[href];

	it('puts each file after the files it imports, statically, from any folder', () => {
		const files = {
			'./_app/entry/start.js': 'import"../chunks/b.js";import{x}from"../chunks/a.js";',
			'./_app/chunks/a.js': 'export*from"./c.js";',
			'./_app/chunks/b.js': 'const later=()=>import("./a.js");',
			'./_app/chunks/c.js': ''
		};
		expect(importsFirst(Object.keys(files), source(files))).toEqual([
			'./_app/chunks/b.js',
			'./_app/chunks/c.js',
			'./_app/chunks/a.js',
			'./_app/entry/start.js'
		]);
	});

	it('reads every form rolldown writes, and pages deeper than the root', () => {
		const files = {
			'../_app/entry/start.js': 'import*as k from"../chunks/k.js";export{z}from"../chunks/z.js";',
			'../_app/chunks/k.js': '',
			'../_app/chunks/z.js': ''
		};
		expect(importsFirst(Object.keys(files), source(files))).toEqual([
			'../_app/chunks/k.js',
			'../_app/chunks/z.js',
			'../_app/entry/start.js'
		]);
	});

	it('survives a cycle, and refuses a file it cannot read', () => {
		const cycle = { './x.js': 'import"./y.js";', './y.js': 'import"./x.js";' };
		expect(importsFirst(['./x.js', './y.js'], source(cycle))).toEqual(['./y.js', './x.js']);
		expect(() => importsFirst(['./x.js'], () => undefined)).toThrow(/cannot read \.\/x\.js/);
	});
});
