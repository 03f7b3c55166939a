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

/** An IPv6 client holds a whole /64, so that is what counts as one address. */
export function addressKey(address: string) {
	const v4 = address.match(/^(?:::ffff:)?(\d+\.\d+\.\d+\.\d+)$/i);
	if (v4) return v4[1];
	if (!address.includes(':')) return address;
	const [head, tail = ''] = address.toLowerCase().split('::');
	const front = head ? head.split(':') : [];
	const back = tail ? tail.split(':') : [];
	const groups = [
		...front,
		...Array(Math.max(0, 8 - front.length - back.length)).fill('0'),
		...back
	];
	return `${groups.slice(0, 4).join(':')}::/64`;
}

export interface RelaySettings {
	where: Where;
	/** Behind a proxy the operator runs: the client is the address that proxy added last. */
	trustProxy?: boolean;
	limits?: Limits;
}

export async function startRelay({ where, trustProxy = false, limits }: RelaySettings) {
	const db = openDatabase(where);
	try {
		await migrate(db);
	} catch (error) {
		// Closed, so a PGlite folder's lock is given up.
		await db.close().catch(() => {});
		throw error;
	}
	const clientAddress = (c: Context) => {
		// The last entry is the one the trusted proxy wrote; those before it, the client did.
		const forwarded = trustProxy ? c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim() : '';
		return addressKey(forwarded || (getConnInfo(c).remote.address ?? 'unknown'));
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
