import { serve } from '@hono/node-server';
import { DataFolderInUseError } from './data-lock.js';
import { startRelay, whereFromEnvironment } from './relay.js';

// `npm run relay`: the relay alone, for running several behind a load balancer in front of one
// PostgreSQL (DATABASE_URL). PORT picks its port; RELAY_TRUST_PROXY=1 reads the client's
// address from X-Forwarded-For, for a proxy the operator runs.

const where = whereFromEnvironment();
const relay = await startRelay({ where, trustProxy: process.env.RELAY_TRUST_PROXY === '1' }).catch(
	(error) => {
		// Another relay on the same PGlite folder: said in one line, not as a stack trace.
		if (!(error instanceof DataFolderInUseError)) throw error;
		console.error(error.message);
		process.exit(1);
	}
);
const port = Number(process.env.PORT ?? 4180);
const server = serve(
	{ fetch: relay.app.fetch, port, hostname: process.env.HOST ?? '127.0.0.1' },
	// Said once it listens, with the port it has (PORT=0 takes any free one).
	(info) =>
		console.log(
			`Waymark relay on port ${info.port}, state in ${'url' in where ? 'PostgreSQL' : where.dataDir}`
		)
);

for (const signal of ['SIGINT', 'SIGTERM'] as const)
	process.on(signal, () => {
		server.close();
		void relay.stop().then(() => process.exit(0));
	});
