import { readdir, readFile } from 'node:fs/promises';
import type { Database } from './database.js';

// The schema is the SQL files in relay/migrations, applied once each, in name order, in one
// transaction. An advisory lock makes relay processes starting together take turns, so each
// file runs exactly once against a shared PostgreSQL.

const folder = new URL('../migrations/', import.meta.url);
const lockId = 727_274_001;

export async function migrate(db: Database): Promise<string[]> {
	const names = (await readdir(folder)).filter((name) => name.endsWith('.sql')).sort();
	return db.transaction(async (tx) => {
		await tx.query('SELECT pg_advisory_xact_lock($1)', [lockId]);
		await tx.query(
			'CREATE TABLE IF NOT EXISTS relay_migrations (name text PRIMARY KEY, applied_at double precision NOT NULL)'
		);
		const done = new Set(
			(await tx.query<{ name: string }>('SELECT name FROM relay_migrations')).map((r) => r.name)
		);
		const applied: string[] = [];
		for (const name of names.filter((n) => !done.has(n))) {
			await tx.exec(await readFile(new URL(name, folder), 'utf8'));
			await tx.query('INSERT INTO relay_migrations (name, applied_at) VALUES ($1, $2)', [
				name,
				Date.now()
			]);
			applied.push(name);
		}
		return applied;
	});
}
