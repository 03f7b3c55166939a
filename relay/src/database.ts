import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { lockDataFolder } from './data-lock.js';

// One face over the two ways the relay keeps its state: PGlite (PostgreSQL compiled to
// WebAssembly, in a folder or in memory) when nothing is installed, and a real PostgreSQL
// server through `pg` when DATABASE_URL names one. The SQL is the same for both.

export interface Queries {
	query<Row>(text: string, params?: unknown[]): Promise<Row[]>;
	/** Several statements without parameters, as a migration file holds. */
	exec(text: string): Promise<void>;
}

export interface Database extends Queries {
	/** Runs `work` in one transaction: all of it is kept, or none. */
	transaction<T>(work: (tx: Queries) => Promise<T>): Promise<T>;
	close(): Promise<void>;
	readonly kind: 'pglite' | 'postgres';
}

export type Where = { url: string } | { dataDir?: string };

function embedded(dataDir?: string): Database {
	// Without a folder, in memory: what the tests use. A folder is this process's alone.
	const folder = dataDir?.replace(/^file:\/\//, '');
	const lock = folder && !/^\w+:\/\//.test(folder) ? lockDataFolder(folder) : null;
	const db = new PGlite(dataDir);
	const on = (target: Pick<PGlite, 'query' | 'exec'>): Queries => ({
		async query<Row>(text: string, params?: unknown[]) {
			return (await target.query<Row>(text, params)).rows;
		},
		async exec(text: string) {
			await target.exec(text);
		}
	});
	return {
		kind: 'pglite',
		...on(db),
		transaction: (work) => db.transaction((tx) => work(on(tx))),
		async close() {
			try {
				await db.close();
			} finally {
				lock?.release();
			}
		}
	};
}

function server(url: string): Database {
	// A server that is away is said at once (503) rather than after the network gives up.
	const pool = new pg.Pool({
		connectionString: url,
		max: 10,
		connectionTimeoutMillis: 5_000,
		query_timeout: 10_000,
		statement_timeout: 10_000,
		// One plan per statement, made once: each of the relay's statements finds rows by their
		// key, and planning a batch of opens afresh each time (PostgreSQL's default for a
		// statement with an array) cost as much as running it.
		options: '-c plan_cache_mode=force_generic_plan'
	});
	// A dropped connection is reported on the request that meets it; this keeps the process up.
	pool.on('error', (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
	// Each statement is prepared once on each connection, by a name of its own, and only bound
	// and run after that: the relay's SQL is a handful of fixed texts.
	const names = new Map<string, string>();
	const named = (text: string) => {
		let name = names.get(text);
		if (!name) names.set(text, (name = `relay_${names.size + 1}`));
		return name;
	};
	const on = (target: pg.Pool | pg.PoolClient): Queries => ({
		async query<Row>(text: string, params?: unknown[]) {
			return (await target.query({ name: named(text), text, values: params })).rows as Row[];
		},
		async exec(text: string) {
			// Without parameters, pg sends the simple protocol, which runs several statements.
			await target.query(text);
		}
	});
	return {
		kind: 'postgres',
		...on(pool),
		async transaction(work) {
			const client = await pool.connect();
			try {
				await client.query('BEGIN');
				const result = await work(on(client));
				await client.query('COMMIT');
				return result;
			} catch (error) {
				await client.query('ROLLBACK').catch(() => {});
				throw error;
			} finally {
				client.release();
			}
		},
		close: () => pool.end()
	};
}

export function openDatabase(where: Where): Database {
	return 'url' in where ? server(where.url) : embedded(where.dataDir);
}
