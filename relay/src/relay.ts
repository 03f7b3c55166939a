import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { relayApp } from './app.js';
import { openDatabase, type Where } from './database.js';
import { migrate } from './migrate.js';
import type { Limits } from './rate-limit.js';
import { sweep } from './shares.js';

// A running relay: its database opened and migrated, its app, and a sweep each minute that
// drops what has expired. Used by the relay's own command (main.ts) and by `npm start`, which
// serves it beside the app on one port.

export interface RelaySettings {
	where: Where;
	/** Behind a proxy the operator runs: the client is the first X-Forwarded-For address. */
	trustProxy?: boolean;
	limits?: Limits;
}

export async function startRelay({ where, trustProxy = false, limits }: RelaySettings) {
	const db = openDatabase(where);
	await migrate(db);
	const clientAddress = (c: Context) => {
		const forwarded = trustProxy ? c.req.header('x-forwarded-for')?.split(',')[0]?.trim() : '';
		return forwarded || (getConnInfo(c).remote.address ?? 'unknown');
	};
	const app = relayApp({ db, limits, clientAddress });
	const sweeping = setInterval(
		() => sweep(db, Date.now()).catch((error) => console.error(`relay sweep: ${error.message}`)),
		60_000
	);
	sweeping.unref();
	await sweep(db, Date.now());
	return {
		app,
		db,
		async stop() {
			clearInterval(sweeping);
			await db.close();
		}
	};
}

/** Where the relay keeps its state, from the environment: DATABASE_URL, else a PGlite folder. */
export function whereFromEnvironment(env = process.env): Where {
	if (env.DATABASE_URL) return { url: env.DATABASE_URL };
	return { dataDir: env.RELAY_DATA_DIR ?? '.relay-data' };
}
