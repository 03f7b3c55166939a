// The share relay's figures for `npm run bench`, or alone with `node bench/relay/measure.js`
// (`--write` puts them into bench/results.md and results.json in place of the last ones). The
// relay runs compiled, in a process of its own, as `npm run relay` runs it (server.js); the load
// comes from this process over loopback HTTP (load.js): makes and opens at 1, 10 and 100 clients
// at once, on PGlite in a folder (as `npm start` keeps it) and on PostgreSQL.
import { fork, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import {
	freshSchema,
	postgresBin,
	throwawayCluster
} from '../../relay/tools/throwaway-postgres.js';
import { pick, smoke } from '../mode.js';
import { runLoad } from './load.js';

const path = (relative) => fileURLToPath(new URL(relative, import.meta.url));
const settings = pick(
	{ clients: [1, 10, 100], warmUpMs: 1500, phaseMs: 4000, databases: ['PGlite', 'PostgreSQL'] },
	// PGlite in memory, and a moment each: that every part still runs.
	{ warmUpMs: 100, phaseMs: 150, databases: ['PGlite'] }
);
/** Against PostgreSQL, at 100 clients at once. */
export const relayBudgets = { openP99Ms: 50, opensPerSecond: 500, atClients: 100 };
/** About a typical summary's sealed size (its link is some 2,500 characters). */
const ciphertextBytes = 2000;

const round = (n) => Math.round(n * 10) / 10;
const b64 = (bytes) => Buffer.from(bytes).toString('base64url');

/** Compiles the relay (relay:build) unless relay/dist is newer than every source file. */
function buildRelay() {
	const newest = (folder, ending) =>
		Math.max(
			0,
			...readdirSync(path(folder))
				.filter((name) => name.endsWith(ending))
				.map((name) => statSync(path(`${folder}/${name}`)).mtimeMs)
		);
	let built = 0;
	try {
		built = newest('../../relay/dist', '.js');
	} catch {
		// Never built.
	}
	if (built > newest('../../relay/src', '.ts')) return;
	const tsc = spawnSync(
		process.execPath,
		[path('../../node_modules/typescript/bin/tsc'), '-p', path('../../relay/tsconfig.json')],
		{ stdio: 'inherit' }
	);
	if (tsc.status !== 0) throw new Error('relay:build failed');
}

/** The relay in a process of its own, on `where`; resolves once it listens. */
async function startRelayProcess(where) {
	const child = fork(path('server.js'), [], {
		env: { ...process.env, RELAY_BENCH_WHERE: JSON.stringify(where) },
		stdio: ['ignore', 'inherit', 'inherit', 'ipc']
	});
	const port = await new Promise((resolve, reject) => {
		child.once('message', (message) => resolve(/** @type {{ port: number }} */ (message).port));
		child.once('exit', (code) => reject(new Error(`the relay exited (${code}) before listening`)));
	});
	return {
		origin: `http://127.0.0.1:${port}`,
		stop: () =>
			new Promise((resolve) => {
				child.once('exit', resolve);
				child.send('stop');
			})
	};
}

/** Makes and opens at each number of clients; the shares made are the ones opened. */
async function measureOn(origin) {
	const manageHash = b64(createHash('sha256').update(randomBytes(32)).digest());
	const body = JSON.stringify({
		ciphertext: b64(randomBytes(ciphertextBytes)),
		days: 30,
		viewLimit: null,
		pinVerifier: null,
		manageHash
	});
	/** @type {string[]} */
	const ids = [];
	const create = {
		next: () => ({ method: 'POST', path: '/api/shares', body }),
		check: (response) => {
			if (response.status !== 201) return false;
			ids.push(JSON.parse(response.body.toString()).id);
			return true;
		}
	};
	// Any share made, picked at random; `{}` is what the worker's page sends for one without a PIN.
	const open = {
		next: () => ({
			method: 'POST',
			path: `/api/shares/${ids[Math.floor(Math.random() * ids.length)]}/open`,
			body: '{}'
		}),
		check: (response) => response.status === 200
	};
	// Untimed: connections made, code compiled, the first shares there to open.
	await runLoad({ origin, concurrency: 10, durationMs: settings.warmUpMs, ...create });
	await runLoad({ origin, concurrency: 10, durationMs: settings.warmUpMs, ...open });
	const rows = [];
	for (const concurrency of settings.clients) {
		const made = await runLoad({ origin, concurrency, durationMs: settings.phaseMs, ...create });
		const opened = await runLoad({ origin, concurrency, durationMs: settings.phaseMs, ...open });
		rows.push({ clients: concurrency, create: made, open: opened });
	}
	return { rows, shares: ids.length };
}

/** PostgreSQL to measure on: the one named, else a throwaway cluster; or why there is none. */
async function postgres() {
	const named = process.env.DATABASE_URL || process.env.RELAY_TEST_DATABASE_URL;
	if (named) {
		// Tables of its own beside whatever the server holds, dropped after.
		const schema = await freshSchema(named, 'relay_bench');
		return { url: schema.url, source: 'the server DATABASE_URL names', done: schema.drop };
	}
	const bin = postgresBin();
	if (!bin) return { unavailable: 'no PostgreSQL is installed here and none is named' };
	try {
		const cluster = await throwawayCluster({ bin });
		const version = spawnSync(`${bin}/postgres`, ['--version'], { encoding: 'utf8' }).stdout;
		return {
			url: cluster.url,
			source: `a throwaway cluster (${version.trim()}, default settings)`,
			done: cluster.remove
		};
	} catch (error) {
		return { unavailable: `a throwaway cluster would not start: ${error.message}` };
	}
}

export async function measureRelay() {
	const started = performance.now();
	const loadAtStart = round(loadavg()[0]);
	buildRelay();
	const dataDir = path('../.tmp/relay-data');
	const results = [];
	for (const name of settings.databases) {
		if (name === 'PGlite') {
			await rm(dataDir, { recursive: true, force: true });
			const relay = await startRelayProcess(smoke ? {} : { dataDir });
			try {
				results.push({
					name,
					source: smoke ? 'in memory' : 'in a folder',
					...(await measureOn(relay.origin))
				});
			} finally {
				await relay.stop();
				await rm(dataDir, { recursive: true, force: true });
			}
			continue;
		}
		const server = await postgres();
		if (!server.url) {
			results.push({ name, unavailable: server.unavailable });
			continue;
		}
		try {
			const relay = await startRelayProcess({ url: server.url });
			try {
				results.push({ name, source: server.source, ...(await measureOn(relay.origin)) });
			} finally {
				await relay.stop();
			}
		} finally {
			await server.done();
		}
	}
	return {
		settings,
		ciphertextBytes,
		loadAtStart,
		loadAtEnd: round(loadavg()[0]),
		databases: results,
		seconds: round((performance.now() - started) / 1000)
	};
}

export function relayChecks(relay) {
	const phases = relay.databases.flatMap((d) => d.rows ?? []).flatMap((r) => [r.create, r.open]);
	const unexpected = phases.reduce((sum, phase) => sum + phase.unexpected, 0);
	const checks = [
		{
			name: 'Relay: answers other than the one expected, under load',
			limit: '0',
			value: unexpected,
			ok: unexpected === 0
		}
	];
	const at = (name) =>
		relay.databases
			.find((d) => d.name === name)
			?.rows?.find((r) => r.clients === relayBudgets.atClients);
	if (relay.settings.databases.includes('PostgreSQL')) {
		// None measured is a broken budget, not a silent pass.
		const row = at('PostgreSQL');
		checks.push(
			{
				name: `Relay on PostgreSQL: open p99 at ${relayBudgets.atClients} clients (ms)`,
				limit: `< ${relayBudgets.openP99Ms}`,
				value: row ? row.open.p99Ms : 'not measured',
				ok: Boolean(row) && row.open.p99Ms < relayBudgets.openP99Ms
			},
			{
				name: `Relay on PostgreSQL: opens per second at ${relayBudgets.atClients} clients`,
				limit: `>= ${relayBudgets.opensPerSecond}`,
				value: row ? row.open.perSecond : 'not measured',
				ok: Boolean(row) && row.open.perSecond >= relayBudgets.opensPerSecond
			}
		);
	} else {
		// A smoke run: that PGlite answered at every number of clients.
		const row = at('PGlite');
		checks.push({
			name: `Relay on PGlite: opens per second at ${relayBudgets.atClients} clients`,
			limit: '> 0',
			value: row ? row.open.perSecond : 'not measured',
			ok: Boolean(row) && row.open.perSecond > 0
		});
	}
	return checks;
}

export function relayMarkdown(relay) {
	const { settings: s } = relay;
	const table = (d) =>
		d.rows
			? `| clients | makes / s | make p50 ms | make p99 ms | opens / s | open p50 ms | open p99 ms |
| --- | --- | --- | --- | --- | --- | --- |
${d.rows
	.map(
		(r) =>
			`| ${r.clients} | ${r.create.perSecond} | ${r.create.p50Ms} | ${r.create.p99Ms} | ${r.open.perSecond} | ${r.open.p50Ms} | ${r.open.p99Ms} |`
	)
	.join('\n')}`
			: `**Not measured: ${d.unavailable}.**`;
	const sections = relay.databases
		.map((d) => `### ${d.name}${d.source ? `, ${d.source}` : ''}\n\n${table(d)}\n`)
		.join('\n');
	return `## The share relay under load (HTTP on loopback)

The relay compiled as \`npm run relay\` runs it, in a process of its own, its rate limits raised;
the load from the bench's process on the same machine (bare HTTP/1.1 connections, as wrk or
autocannon make): so many clients at once, each on a kept-alive connection, sending one request
after another for ${s.phaseMs / 1000} s after an untimed warm-up. The relay, the database and
the load share the machine's cores. A make (\`POST /api/shares\`) carries
${relay.ciphertextBytes.toLocaleString('en')} bytes of ciphertext, about a typical summary's; an
open (\`POST /api/shares/:id/open\`, with \`{}\` as the worker's page sends it) picks any share
made so far, with no view limit. Latency is from the request sent to the whole answer read. The
budget, on PostgreSQL at ${relayBudgets.atClients} clients: open p99 under
${relayBudgets.openP99Ms} ms and at least ${relayBudgets.opensPerSecond} opens a second. PGlite
runs inside the relay's process, one statement at a time; at 100 clients a few connections may
wait seconds for their first answer (in memory too), which is its p99 there. The machine's load
average was ${relay.loadAtStart} when this section began and ${relay.loadAtEnd} when it ended.

${sections}
This section took ${relay.seconds} s.
`;
}

/** Puts this section's figures into bench/results.md and results.json in place of the last. */
async function writeIntoResults(relay, checks) {
	const md = path('../results.md');
	const text = await readFile(md, 'utf8');
	const heading = '## The share relay under load';
	const budgets = '## Budgets';
	const start = text.includes(heading) ? text.indexOf(heading) : text.indexOf(budgets);
	const end = text.indexOf(budgets);
	const rows = checks.map(
		(c) => `| ${c.name} | ${c.limit} | ${c.value} | ${c.ok ? 'within budget' : '**over budget**'} |`
	);
	const budgetLines = text
		.slice(end)
		.split('\n')
		.filter((line) => !line.startsWith('| Relay'));
	const lastRow = budgetLines.findLastIndex((line) => line.startsWith('| '));
	budgetLines.splice(lastRow + 1, 0, ...rows);
	const section = `${relayMarkdown(relay)}\nMeasured ${new Date().toISOString()}, alone (\`node bench/relay/measure.js --write\`).\n\n`;
	await writeFile(md, `${text.slice(0, start)}${section}${budgetLines.join('\n')}`);
	const json = path('../results.json');
	const report = JSON.parse(await readFile(json, 'utf8'));
	report.relay = relay;
	report.checks = [...report.checks.filter((c) => !c.name.startsWith('Relay')), ...checks];
	await writeFile(json, `${JSON.stringify(report, null, '\t')}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const relay = await measureRelay();
	const checks = relayChecks(relay);
	console.log(relayMarkdown(relay));
	for (const c of checks) console.log(`${c.name}: ${c.value} (${c.limit}) ${c.ok ? 'ok' : 'OVER'}`);
	if (process.argv.includes('--write') && !smoke) await writeIntoResults(relay, checks);
	if (checks.some((c) => !c.ok)) process.exitCode = 1;
}
