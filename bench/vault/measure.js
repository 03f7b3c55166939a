// The vault's figures for `npm run bench`, or alone with `node bench/vault/measure.js`. The vault
// uses Svelte runes, so its page (page.js) is built by Vite with the Svelte plugin, served, and
// timed in Chromium: the real Argon2id worker and IndexedDB, which Node cannot stand in for.
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../scripts/chromium.js';
import { buildBenchPage } from '../build-page.js';
import { createSiteServer } from '../../scripts/serve.js';
import { pick } from '../mode.js';

const port = 4177;
const path = (relative) => fileURLToPath(new URL(relative, import.meta.url));
const site = path('../.tmp/vault-page');
const profile = path('../.tmp/vault-profile');
const settings = pick(
	{ sizes: [1_000, 10_000], readRuns: 9, unlockRuns: 5, writeRuns: 15 },
	{ sizes: [100], readRuns: 1, unlockRuns: 1, writeRuns: 1 }
);
export const vaultBudgets = { readRatio: 1.5, unlockMs: 1000 };

const round = (n) => Math.round(n * 10) / 10;
const median = (values) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];
const count = (n) => n.toLocaleString('en');

/** Medians, the ratios the budget names, and each run for a reader judging the noise. */
function summarise(raw, seconds) {
	const compare = ({ vaultMs, plainMs }) => ({
		vaultMs: round(median(vaultMs)),
		plainMs: round(median(plainMs)),
		ratio: Math.round((median(vaultMs) / median(plainMs)) * 100) / 100,
		vaultRuns: vaultMs.map(round),
		plainRuns: plainMs.map(round)
	});
	return {
		settings,
		argon2id: raw.unlock.cost,
		unlockMs: round(median(raw.unlock.unlockMs)),
		unlockRuns: raw.unlock.unlockMs.map(round),
		kdfMs: round(median(raw.unlock.kdfMs)),
		writeOne: compare(raw.write),
		reads: raw.reads.map((read) => ({ records: read.records, ...compare(read) })),
		entryChars: { ...raw.entryChars, mean: Math.round(raw.entryChars.mean) },
		seconds: round(seconds)
	};
}

/** Builds and serves the page, runs it in a fresh on-disk profile, and returns the figures. */
export async function measureVault() {
	const started = performance.now();
	await buildBenchPage(path('.'), site);
	const server = createSiteServer({ root: site });
	await new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)));
	// A profile on disk: a Playwright context without one keeps IndexedDB in memory, as no phone does.
	await rm(profile, { recursive: true, force: true });
	const context = await chromium.launchPersistentContext(profile, chromiumLaunchOptions());
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		page.on('pageerror', (error) => console.error(error));
		await page.goto(`http://127.0.0.1:${port}/`);
		await page.waitForFunction(() => 'measureVault' in window);
		const raw = await page.evaluate((options) => window.measureVault(options), settings);
		return summarise(raw, (performance.now() - started) / 1000);
	} finally {
		await context.close();
		server.close();
		await rm(profile, { recursive: true, force: true });
	}
}

/** Lines for the report's budget table; ok is judged on the unrounded medians. */
export function vaultChecks(vault) {
	const largest = vault.reads.at(-1);
	return [
		{
			name: `Vault read of ${count(largest.records)} entries, encrypted / plain Dexie`,
			limit: `<= ${vaultBudgets.readRatio}`,
			value: largest.ratio,
			ok: median(largest.vaultRuns) <= vaultBudgets.readRatio * median(largest.plainRuns)
		},
		{
			name: 'Vault unlock (ms)',
			limit: `< ${vaultBudgets.unlockMs}`,
			value: vault.unlockMs,
			ok: vault.unlockMs < vaultBudgets.unlockMs
		}
	];
}

export function vaultMarkdown(vault) {
	const { settings: s, argon2id: cost, entryChars: chars } = vault;
	const row = (name, c) => `| ${name} | ${c.vaultMs} | ${c.plainMs} | ${c.ratio} |`;
	return `## Vault in Chromium, beside plain Dexie (same run)

Journal entries of ${chars.min} to ${chars.max} characters (mean ${chars.mean}), in IndexedDB on
disk. The vault seals each entry (JSON, padding, tweetnacl secretbox), stores it under a keyed kind
tag, and on reading opens it (XSalsa20-Poly1305 in WebAssembly) and checks it (valibot), in
parts by id range so opening one part overlaps IndexedDB fetching the next; plain Dexie stores
the same fields unencrypted and reads them in one request.
A read returns every entry, newest first; medians of ${s.readRuns} runs after a warm-up. A write
is one committed entry in a full journal, median of ${s.writeRuns}.

| operation | vault ms | plain Dexie ms | vault / plain |
| --- | --- | --- | --- |
${row('Write one entry', vault.writeOne)}
${vault.reads.map((r) => row(`Read ${count(r.records)} entries`, r)).join('\n')}

Unlock with the passphrase ${vault.unlockMs} ms (median of ${s.unlockRuns}; runs:
${vault.unlockRuns.join(', ')}), of which Argon2id in its worker ${vault.kdfMs} ms (calibrated here:
${cost.memoryKiB / 1024} MiB, ${cost.iterations} passes, parallelism ${cost.parallelism}). This
section took ${vault.seconds} s.
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const vault = await measureVault();
	const checks = vaultChecks(vault);
	console.log(vaultMarkdown(vault));
	for (const c of checks) console.log(`${c.name}: ${c.value} (${c.limit}) ${c.ok ? 'ok' : 'OVER'}`);
	if (checks.some((c) => !c.ok)) process.exitCode = 1;
}
