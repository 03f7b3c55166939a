// A throwaway PostgreSQL cluster in a temporary folder, on a free local port, for the relay's
// fault tests (which stop and start it) and its benchmark (when no server is named). The same
// steps as .ci/postgres.sh: initdb and pg_ctl from Debian's PostgreSQL, run as the postgres user
// when this process is root, since PostgreSQL refuses to run as root.
import { spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';

/**
 * The folder holding initdb and pg_ctl: RELAY_TEST_PG_BIN (which .ci/postgres.sh exports), else
 * Debian's newest /usr/lib/postgresql/N/bin, else wherever initdb is on the PATH; null if none.
 */
export function postgresBin(env = process.env) {
	if (env.RELAY_TEST_PG_BIN) return env.RELAY_TEST_PG_BIN;
	const debian = '/usr/lib/postgresql';
	if (existsSync(debian)) {
		const versions = readdirSync(debian)
			.filter((name) => existsSync(join(debian, name, 'bin', 'initdb')))
			.sort((a, b) => Number(a) - Number(b));
		if (versions.length) return join(debian, versions.at(-1) ?? '', 'bin');
	}
	const found = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
	return found.status === 0 && found.stdout.trim() ? dirname(found.stdout.trim()) : null;
}

const root = process.getuid?.() === 0;
/** @param {string} text */
const quoted = (text) => `'${text.replaceAll("'", `'\\''`)}'`;

/**
 * One of PostgreSQL's programs, as the postgres user when this process is root.
 * @param {string} program
 * @param {string[]} args
 * @returns {[string, string[]]}
 */
const asPostgres = (program, args) =>
	root
		? ['su', ['postgres', '-s', '/bin/sh', '-c', [program, ...args].map(quoted).join(' ')]]
		: [program, args];

/** Runs one of PostgreSQL's programs to its end. */
function run(/** @type {string} */ program, /** @type {string[]} */ args) {
	return new Promise((resolve, reject) => {
		// pg_ctl leaves the server running with its output in the log, never in these pipes.
		const child = spawn(...asPostgres(program, args), { stdio: ['ignore', 'ignore', 'pipe'] });
		let stderr = '';
		child.stderr.on('data', (chunk) => (stderr += chunk));
		child.on('error', reject);
		child.on('exit', (code) =>
			code === 0
				? resolve(undefined)
				: reject(new Error(`${program} ${args[0] ?? ''} failed (${code}): ${stderr.trim()}`))
		);
	});
}

/** A port nothing listens on just now. */
export function freePort() {
	return new Promise((resolve, reject) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
		server.on('error', reject);
	});
}

/**
 * Makes and starts a cluster; `settings` are extra `-c name=value` server settings.
 * @param {{ bin: string, settings?: string[] }} options
 */
export async function throwawayCluster({ bin, settings = [] }) {
	const dir = mkdtempSync(join(tmpdir(), 'waymark-pg-'));
	if (root) chownSync(dir, ...postgresIds());
	const data = join(dir, 'data');
	const port = /** @type {number} */ (await freePort());
	const serverOptions = [
		`-p ${port}`,
		`-k ${dir}`,
		'-c listen_addresses=127.0.0.1',
		...settings.map((s) => `-c ${s}`)
	].join(' ');
	let running = false;
	const pgCtl = join(bin, 'pg_ctl');
	const cluster = {
		url: `postgres://waymark@127.0.0.1:${port}/postgres`,
		port,
		dir,
		async start() {
			await run(pgCtl, ['-D', data, '-o', serverOptions, '-l', join(dir, 'log'), '-w', 'start']);
			running = true;
		},
		/** A fast shutdown: open sessions are ended, as an operator's restart would. */
		async stop() {
			await run(pgCtl, ['-D', data, '-m', 'fast', '-w', 'stop']);
			running = false;
		},
		async remove() {
			if (running) await cluster.stop().catch(() => {});
			process.off('exit', stopAtExit);
			rmSync(dir, { recursive: true, force: true });
		}
	};
	// A run cut short still stops its server.
	const stopAtExit = () => {
		if (running)
			spawnSync(...asPostgres(pgCtl, ['-D', data, '-m', 'immediate', 'stop']), { stdio: 'ignore' });
	};
	process.on('exit', stopAtExit);
	try {
		await run(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'waymark', '--no-sync']);
		await cluster.start();
	} catch (error) {
		await cluster.remove();
		throw error;
	}
	return cluster;
}

/** The postgres user's uid and gid. */
function postgresIds() {
	const id = (/** @type {string} */ flag) =>
		Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
	return /** @type {[number, number]} */ ([id('-u'), id('-g')]);
}

/** Runs statements on one connection of its own. */
async function onServer(/** @type {string} */ url, /** @type {string[]} */ statements) {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		for (const statement of statements) await client.query(statement);
	} finally {
		await client.end();
	}
}

/**
 * `url` with its tables in a schema of its own, made empty first: a test or bench sharing a server
 * with other runs neither sees their tables nor drops them. `drop()` removes the schema after.
 * @param {string} url
 * @param {string} schema a plain lower-case name
 */
export async function freshSchema(url, schema) {
	if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`Not a plain schema name: ${schema}`);
	const dropIt = `DROP SCHEMA IF EXISTS ${schema} CASCADE`;
	await onServer(url, [dropIt, `CREATE SCHEMA ${schema}`]);
	const scoped = new URL(url);
	scoped.searchParams.set('options', `-c search_path=${schema}`);
	return { url: scoped.href, drop: () => onServer(url, [dropIt]) };
}
