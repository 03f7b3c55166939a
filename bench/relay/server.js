// The relay as `npm run relay` runs it (compiled, in a process of its own), for the bench: its
// rate limits raised, since one address sends everything. Started by measure.js with fork();
// RELAY_BENCH_WHERE says where its state is (JSON, as whereFromEnvironment would give).
// Sends { port } once it listens; stops on the message 'stop'.
import { serve } from '@hono/node-server';

// Named at run time: relay/dist exists only once relay:build has run (measure.js sees to it).
const relayModule = new URL('../../relay/dist/relay.js', import.meta.url).href;
const { startRelay } = await import(relayModule);
const where = JSON.parse(process.env.RELAY_BENCH_WHERE ?? '{}');
const unlimited = 1_000_000_000;
const relay = await startRelay({
	where,
	limits: { create: unlimited, open: unlimited, manage: unlimited }
});
const server = serve({ fetch: relay.app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
	process.send?.({ port: info.port })
);
process.on('message', (message) => {
	if (message !== 'stop') return;
	server.close();
	void relay.stop().then(() => process.exit(0));
});
